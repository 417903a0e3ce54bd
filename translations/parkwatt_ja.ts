<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ControlRoomPages</name>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Recorded history of %1</source>
        <translation>%1 に記録された履歴</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Self-sufficiency, peak shaving, backup and V2B: edit, preview, apply, undo</source>
        <translation>自給率、ピークカット、バックアップ電源、V2B：編集・プレビュー・適用・取り消し</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>What-if</translation>
    </message>
    <message>
        <source>Run a scenario under its policy and uncontrolled, and compare</source>
        <translation>シナリオをそのポリシー適用時と制御なしの両方で実行して比較</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Alarms and events, with acknowledgement</source>
        <translation>アラームとイベント（確認操作付き）</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>機器</translation>
    </message>
    <message>
        <source>Every device: online, last answer, round-trip time, errors, firmware</source>
        <translation>全機器：オンライン状態、最終応答、往復時間、エラー、ファームウェア</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>this event was acknowledged by %1 already</source>
        <translation>このイベントは既に %1 が確認済みです</translation>
    </message>
    <message>
        <source>there is no event %1 (it may have been cleared and dropped from the list)</source>
        <translation>イベント %1 はありません（解消されて一覧から削除された可能性があります）</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>%1: could not write the image</source>
        <translation>%1：画像を書き込めませんでした</translation>
    </message>
</context>
<context>
    <name>HistorySeries</name>
    <message>
        <source>Grid</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>PV used</source>
        <translation>太陽光利用</translation>
    </message>
    <message>
        <source>Building load</source>
        <translation>建物負荷</translation>
    </message>
    <message>
        <source>EV charging</source>
        <translation>EV 充電</translation>
    </message>
    <message>
        <source>EV discharging (V2B)</source>
        <translation>EV 放電（V2B）</translation>
    </message>
    <message>
        <source>Battery SoC</source>
        <translation>蓄電池の充電率</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: no history recorded yet</source>
        <translation>%1：まだ履歴が記録されていません</translation>
    </message>
    <message>
        <source>%1: less than 15 minutes of history recorded</source>
        <translation>%1：記録された履歴が15分未満です</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1：レポートを書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <source>departs %1, needs %2 kWh</source>
        <extracomment>Part of a charger&apos;s reason: %1 the car&apos;s departure time (08:30), %2 the energy it still needs.</extracomment>
        <translation>%1 出庫、あと %2 kWh 必要</translation>
    </message>
    <message>
        <source>grid limit %1 kW</source>
        <extracomment>Part of a charger&apos;s reason: the grid connection&apos;s import limit.</extracomment>
        <translation>系統上限 %1 kW</translation>
    </message>
    <message>
        <source>peak limit %1 kW</source>
        <extracomment>Part of a charger&apos;s reason: the peak-shaving import target.</extracomment>
        <translation>ピーク上限 %1 kW</translation>
    </message>
    <message>
        <source>no EV</source>
        <translation>EV なし</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>offline: counted at fail-safe %1 kW</source>
        <extracomment>The charger does not answer; its fail-safe draw is counted as load.</extracomment>
        <translation>オフライン：フェイルセーフ電力 %1 kW として計上</translation>
    </message>
    <message>
        <source>held at %1 kW (changes at most every %2 s), wants %3 kW</source>
        <extracomment>Setpoint held by the rate limit: %1 held power, %2 seconds between changes, %3 power wanted.</extracomment>
        <translation>%1 kW で保持（変更は最短 %2 秒ごと）、要求 %3 kW</translation>
    </message>
    <message>
        <source>outage: critical load, %1 kW</source>
        <extracomment>Grid outage: the car discharges (negative kW) to serve the critical load.</extracomment>
        <translation>系統停電：重要負荷、%1 kW</translation>
    </message>
    <message>
        <source>outage: %1 kW to cars that must leave charged</source>
        <extracomment>Grid outage: the car discharges (negative kW) for other cars that must leave charged.</extracomment>
        <translation>系統停電：充電済みで出庫すべき車へ %1 kW</translation>
    </message>
    <message>
        <source>V2B: grid limit %1 kW, %2 kW</source>
        <extracomment>Vehicle-to-building discharge: %1 the grid import limit, %2 the (negative) power.</extracomment>
        <translation>V2B：系統上限 %1 kW、%2 kW</translation>
    </message>
    <message>
        <source>V2B: shaving peak %1 kW, %2 kW</source>
        <extracomment>Vehicle-to-building discharge: %1 the peak-shaving target, %2 the (negative) power.</extracomment>
        <translation>V2B：ピークカット %1 kW、%2 kW</translation>
    </message>
    <message>
        <source>V2B: plan, %1 kW</source>
        <extracomment>Vehicle-to-building discharge as planned: %1 the (negative) power.</extracomment>
        <translation>V2B：計画どおり、%1 kW</translation>
    </message>
    <message>
        <source>outage: %1: %2 kW (critical load covered for %3 h)</source>
        <extracomment>Grid outage: %1 is &quot;departs 08:30, needs 12 kWh&quot; (translated on its own), %2 the power, %3 the hours the critical load is covered for.</extracomment>
        <translation>系統停電：%1：%2 kW（重要負荷を %3 時間確保）</translation>
    </message>
    <message>
        <source>outage: PV surplus, %1 kW</source>
        <translation>系統停電：太陽光の余剰、%1 kW</translation>
    </message>
    <message>
        <source>outage: no charging</source>
        <translation>系統停電：充電なし</translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>目標到達</translation>
    </message>
    <message>
        <source>vehicle accepts no charge</source>
        <translation>車両が充電を受け付けません</translation>
    </message>
    <message>
        <source>cannot charge: minimum %1 kW above its %2 kW limit</source>
        <extracomment>The charger&apos;s minimum power is above the most the car or charger takes.</extracomment>
        <translation>充電不可：最小 %1 kW が上限 %2 kW を超えています</translation>
    </message>
    <message>
        <source>battery full</source>
        <translation>バッテリー満充電</translation>
    </message>
    <message>
        <source>plan: %1 kW above target</source>
        <extracomment>The car has reached its target and charges on as planned.</extracomment>
        <translation>計画：目標到達後も %1 kW</translation>
    </message>
    <message>
        <source>PV surplus, %1 kW</source>
        <translation>太陽光の余剰、%1 kW</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3 kW (%4)</source>
        <extracomment>%1 is &quot;grid limit 400 kW&quot; or &quot;peak limit 120 kW&quot; (translated on their own), %2 the power the car needs, %3 the power it gets, %4 &quot;departs 08:30, needs 12 kWh&quot;.</extracomment>
        <translation>%1：%2 → %3 kW（%4）</translation>
    </message>
    <message>
        <source>%1: full power</source>
        <extracomment>%1 is &quot;departs 08:30, needs 12 kWh&quot; (translated on its own): the car charges at full power.</extracomment>
        <translation>%1：最大出力</translation>
    </message>
    <message>
        <source>%1: %2 kW</source>
        <extracomment>%1 is &quot;departs 08:30, needs 12 kWh&quot; (translated on its own), %2 the power.</extracomment>
        <translation>%1：%2 kW</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3 kW</source>
        <extracomment>%1 is &quot;grid limit 400 kW&quot; or &quot;peak limit 120 kW&quot; (translated on their own), %2 the power wanted, %3 the power given.</extracomment>
        <translation>%1：%2 → %3 kW</translation>
    </message>
    <message>
        <source>ahead of plan, under the %1 kW peak paid: %2 kW</source>
        <extracomment>Charging beyond plan because the billing peak %1 is already paid for; %2 the power.</extracomment>
        <translation>計画より前倒し、支払済みのピーク %1 kW 以内：%2 kW</translation>
    </message>
    <message>
        <source>plan: %1 kW on average, at the %2 kW minimum now</source>
        <extracomment>A planned average below the charger&apos;s minimum, run at the minimum now.</extracomment>
        <translation>計画：平均 %1 kW、現在は最小 %2 kW で充電</translation>
    </message>
    <message>
        <source>plan: %1 kW on average, at the %2 kW minimum later</source>
        <extracomment>A planned average below the charger&apos;s minimum, run at the minimum later.</extracomment>
        <translation>計画：平均 %1 kW、後ほど最小 %2 kW で充電</translation>
    </message>
    <message>
        <source>plan: %1 kW</source>
        <translation>計画：%1 kW</translation>
    </message>
    <message>
        <source>plan: later</source>
        <extracomment>The plan charges this car later.</extracomment>
        <translation>計画：後で充電</translation>
    </message>
    <message>
        <source>needs %1 kWh: full power</source>
        <translation>あと %1 kWh 必要：最大出力</translation>
    </message>
    <message>
        <source>needs %1 kWh: %2 kW</source>
        <translation>あと %1 kWh 必要：%2 kW</translation>
    </message>
    <message>
        <source>grid meter lost: ramping down %1 -&gt; %2 kW</source>
        <extracomment>The grid meter is not read: the charger ramps down from %1 to %2 kW.</extracomment>
        <translation>系統メーターとの通信喪失：出力を段階的に低減 %1 → %2 kW</translation>
    </message>
    <message>
        <source>paused by %1</source>
        <extracomment>%1 the user who paused the bay.</extracomment>
        <translation>%1 により一時停止</translation>
    </message>
    <message>
        <source>charge now (override by %1): %2</source>
        <extracomment>%1 the user who set the override, %2 the engine&apos;s reason (translated on its own).</extracomment>
        <translation>即時充電（%1 による手動介入）：%2</translation>
    </message>
    <message>
        <source>charge now (override by %1)</source>
        <extracomment>%1 the user who set the override.</extracomment>
        <translation>即時充電（%1 による手動介入）</translation>
    </message>
</context>
<context>
    <name>SignedInStation</name>
    <message>
        <source>nobody signed in</source>
        <translation>誰もサインインしませんでした</translation>
    </message>
</context>
<context>
    <name>StartOptions</name>
    <message>
        <source>Parkwatt: energy management for buildings with an EV garage. Without options, runs the built-in demo garage: parkwatt-sim serves its chargers, meters, PV inverter and battery over Modbus TCP on this machine and the engine controls them as it would a real site.</source>
        <translation>Parkwatt：EV 駐車場を備えた建物のためのエネルギー管理。オプションを指定しない場合は、組み込みのデモ駐車場を実行します。parkwatt-sim がこのマシン上で充電器、メーター、太陽光インバーター、蓄電池を Modbus TCP で提供し、エンジンが実際のサイトと同じようにそれらを制御します。</translation>
    </message>
    <message>
        <source>Run the built-in demo garage (the default).</source>
        <translation>組み込みのデモ駐車場を実行します（既定）。</translation>
    </message>
    <message>
        <source>Control this site (parkwatt-site/1) over Modbus TCP from this program.</source>
        <translation>このサイト（parkwatt-site/1）を、本プログラムから Modbus TCP で制御します。</translation>
    </message>
    <message>
        <source>The site&apos;s database: the engine records into it and the History page shows it (the demo uses a temporary one without this).</source>
        <translation>サイトのデータベース：エンジンが記録し、履歴ページに表示されます（指定しない場合、デモは一時データベースを使用します）。</translation>
    </message>
    <message>
        <source>A folder of extra device profiles.</source>
        <translation>追加の機器プロファイルを格納したフォルダー。</translation>
    </message>
    <message>
        <source>Where the controller lock lives (default: the runtime directory).</source>
        <translation>コントローラーロックの置き場所（既定：ランタイムディレクトリ）。</translation>
    </message>
    <message>
        <source>Your role until sign-in arrives: viewer, manager (default), installer or admin. Checked by the engine for every command.</source>
        <translation>サインインするまでのロール：viewer、manager（既定）、installer、admin のいずれか。コマンドごとにエンジンが確認します。</translation>
    </message>
    <message>
        <source>Your name in the audit trail (default: the login).</source>
        <translation>監査証跡に記録される名前（既定：ログイン名）。</translation>
    </message>
    <message>
        <source>The demo&apos;s simulated seconds per second (default 10).</source>
        <translation>デモで 1 秒あたりに進むシミュレーション秒数（既定 10）。</translation>
    </message>
    <message>
        <source>Where the demo&apos;s day begins (default 07:00).</source>
        <translation>デモの 1 日の開始時刻（既定 07:00）。</translation>
    </message>
    <message>
        <source>Start, run a few cycles, check the window, and quit (exit 0 when healthy).</source>
        <translation>起動して数サイクル実行し、ウィンドウを確認して終了します（正常なら終了コード 0）。</translation>
    </message>
    <message>
        <source>Write one PNG of every page (1600x1000) into DIR after a few cycles, and quit. The demo then begins at 13:00 unless --start-at says otherwise.</source>
        <translation>数サイクル後に全ページの PNG（1600x1000）を 1 枚ずつ DIR に書き出して終了します。この場合、--start-at で指定しない限り、デモは 13:00 に始まります。</translation>
    </message>
    <message>
        <source>Start in this language: en, de, fr, zh_CN or ja (default: the system&apos;s, or the one last chosen in the control room&apos;s View menu).</source>
        <translation>この言語で起動します：en、de、fr、zh_CN、ja（既定：システムの言語、またはコントロールルームの表示メニューで最後に選択した言語）。</translation>
    </message>
    <message>
        <source>Serve the engine&apos;s API (docs/api.md) for remote control rooms and kiosks on PORT (loopback) or ADDRESS:PORT.</source>
        <translation>リモートのコントロールルームやキオスク向けに、エンジンの API（docs/api.md）を PORT（ループバック）または ADDRESS:PORT で提供します。</translation>
    </message>
    <message>
        <source>Where the API&apos;s certificate and tokens are kept (default: the user&apos;s data folder, parkwatt/api).</source>
        <translation>API の証明書とトークンの保存場所（既定：ユーザーのデータフォルダー内の parkwatt/api）。</translation>
    </message>
    <message>
        <source>Attach to the engine at HOST:PORT over the network instead of running one.</source>
        <translation>エンジンを実行する代わりに、ネットワーク経由で HOST:PORT のエンジンに接続します。</translation>
    </message>
    <message>
        <source>With --connect: your role&apos;s API token (or PARKWATT_TOKEN in the environment).</source>
        <translation>--connect と併用：自分のロールの API トークン（または環境変数 PARKWATT_TOKEN）。</translation>
    </message>
    <message>
        <source>With --connect: read the API token from FILE (keeps it out of the process list).</source>
        <translation>--connect と併用：API トークンを FILE から読み込みます（プロセス一覧に表示されません）。</translation>
    </message>
    <message>
        <source>With --connect: the engine&apos;s certificate SHA-256 fingerprint, as parkwattd run prints it.</source>
        <translation>--connect と併用：parkwattd run が表示する、エンジンの証明書の SHA-256 フィンガープリント。</translation>
    </message>
    <message>
        <source>Run the lobby kiosk (fullscreen, locked, for drivers and visitors) instead of the control room; with --connect, attached to an engine on another machine (docs/kiosk.md).</source>
        <translation>コントロールルームの代わりに、ロビーのキオスク（全画面、ロック付き、ドライバーと来訪者向け）を実行します。--connect と併用すると、別のマシンのエンジンに接続します（docs/kiosk.md）。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s settings: manager PIN, bay PINs, driver input, timings (parkwatt-kiosk/1).</source>
        <translation>キオスクの設定：管理者PIN、区画のPIN、ドライバーの入力、時間設定（parkwatt-kiosk/1）。</translation>
    </message>
    <message>
        <source>Read a PIN from standard input and print its hash for a kiosk file, then quit.</source>
        <translation>標準入力から PIN を読み込み、キオスクファイル用のハッシュを出力して終了します。</translation>
    </message>
    <message>
        <source>With --site and --db: sign the operator off after MINUTES without input (default 15).</source>
        <translation>--site および --db と併用：入力が MINUTES 分ない場合にオペレーターをサインアウトします（既定 15）。</translation>
    </message>
    <message>
        <source>Open the commissioning wizard for installers (with --site FILE: that site file imported); it saves a site file for parkwattd run. With --db FILE the installer signs in to the site&apos;s database and the register inspector may write, each write audited (docs/commissioning.md).</source>
        <translation>施工者向けのコミッショニングウィザードを開きます（--site FILE を指定すると、そのサイトファイルをインポート）。parkwattd run 用のサイトファイルを保存します。--db FILE を指定すると、施工者がサイトのデータベースにサインインし、レジスタインスペクターで書き込みができます。書き込みはすべて監査証跡に記録されます（docs/commissioning.md）。</translation>
    </message>
    <message>
        <source>--token-file %1: cannot read: %2</source>
        <translation>--token-file %1：読み込めません：%2</translation>
    </message>
    <message>
        <source>--idle-logoff %1: expected minutes from 0.05 to 1440</source>
        <translation>--idle-logoff %1：0.05～1440 の分数を指定してください</translation>
    </message>
    <message>
        <source>--commission excludes --kiosk and --connect</source>
        <translation>--commission は --kiosk および --connect と併用できません</translation>
    </message>
    <message>
        <source>--kiosk-config needs --kiosk</source>
        <translation>--kiosk-config には --kiosk が必要です</translation>
    </message>
    <message>
        <source>--demo, --site and --connect exclude each other</source>
        <translation>--demo、--site、--connect は同時に指定できません</translation>
    </message>
    <message>
        <source>--connect needs --token, --token-file or PARKWATT_TOKEN, and --fingerprint</source>
        <translation>--connect には --token、--token-file、PARKWATT_TOKEN のいずれかと、--fingerprint が必要です</translation>
    </message>
    <message>
        <source>--role %1: expected viewer, manager, installer or admin</source>
        <translation>--role %1：viewer、manager、installer、admin のいずれかを指定してください</translation>
    </message>
    <message>
        <source>--speed %1: expected a number above 0 and at most 3600</source>
        <translation>--speed %1：0 より大きく 3600 以下の数値を指定してください</translation>
    </message>
    <message>
        <source>--start-at %1: expected HH:MM</source>
        <translation>--start-at %1：HH:MM 形式で指定してください</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The API cannot start</source>
        <translation>API を開始できません</translation>
    </message>
    <message>
        <source>The kiosk cannot start</source>
        <translation>キオスクを開始できません</translation>
    </message>
    <message>
        <source>The demo cannot start</source>
        <translation>デモを開始できません</translation>
    </message>
    <message>
        <source>Preparing the demo: recording the garage&apos;s last %1 days… %2 %</source>
        <translation>デモを準備中：駐車場の過去 %1 日間を記録しています… %2%</translation>
    </message>
    <message>
        <source>Cannot control the site</source>
        <translation>サイトを制御できません</translation>
    </message>
    <message>
        <source>in this program, %1</source>
        <translation>本プログラム内、%1</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>接続できません</translation>
    </message>
    <message>
        <source>The engine refused this control room</source>
        <translation>エンジンがこのコントロールルームを拒否しました</translation>
    </message>
    <message>
        <source>%1: no answer from an engine within 15 s (is parkwattd run --api running there, and is the fingerprint right?)</source>
        <translation>%1：15 s 以内にエンジンから応答がありません（接続先で parkwattd run --api が実行されているか、フィンガープリントが正しいかを確認してください）</translation>
    </message>
    <message>
        <source>The site file cannot be imported</source>
        <translation>サイトファイルをインポートできません</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>サインインできません</translation>
    </message>
    <message>
        <source>Parkwatt cannot start</source>
        <translation>Parkwatt を開始できません</translation>
    </message>
    <message>
        <source>--language %1: expected one of %2</source>
        <translation>--language %1：%2 のいずれかを指定してください</translation>
    </message>
</context>
<context>
    <name>parkwatt</name>
    <message>
        <source>Billing peak</source>
        <translation>課金デマンドピーク</translation>
    </message>
    <message>
        <source>The largest 15-minute average grid import (what a demand charge bills).</source>
        <translation>15分平均買電電力の最大値（デマンド料金の課金対象）。</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>自給率</translation>
    </message>
    <message>
        <source>1 − grid import ÷ (building load + energy into the cars).</source>
        <translation>1 − 買電量 ÷（建物負荷 + 車への充電量）。</translation>
    </message>
    <message>
        <source>Self-consumption</source>
        <translation>自家消費率</translation>
    </message>
    <message>
        <source>Share of the PV energy available that was used on site.</source>
        <translation>利用可能な太陽光発電量のうち、構内で使用された割合。</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>買電量</translation>
    </message>
    <message>
        <source>Energy bought from the grid.</source>
        <translation>系統から購入した電力量。</translation>
    </message>
    <message>
        <source>Grid export</source>
        <translation>売電量</translation>
    </message>
    <message>
        <source>Energy fed into the grid.</source>
        <translation>系統へ送電した電力量。</translation>
    </message>
    <message>
        <source>PV used on site</source>
        <translation>太陽光の構内利用量</translation>
    </message>
    <message>
        <source>PV energy used by the building, the battery and the cars.</source>
        <translation>建物、蓄電池、車で使用された太陽光発電量。</translation>
    </message>
    <message>
        <source>EV energy charged</source>
        <translation>EV 充電量</translation>
    </message>
    <message>
        <source>Energy into the cars.</source>
        <translation>車に充電された電力量。</translation>
    </message>
    <message>
        <source>EV targets met</source>
        <translation>EV 目標達成数</translation>
    </message>
    <message>
        <source>Cars that left with the charge their drivers asked for.</source>
        <translation>ドライバーが希望した充電量に達して出庫した車の数。</translation>
    </message>
    <message>
        <source>EV energy short</source>
        <translation>EV 充電不足量</translation>
    </message>
    <message>
        <source>Energy the cars still lacked at departure.</source>
        <translation>出庫時に車に不足していた電力量。</translation>
    </message>
    <message>
        <source>V2B energy</source>
        <translation>V2B 電力量</translation>
    </message>
    <message>
        <source>Energy the cars gave back to the building.</source>
        <translation>車から建物へ供給された電力量。</translation>
    </message>
    <message>
        <source>Battery cycles</source>
        <translation>蓄電池サイクル数</translation>
    </message>
    <message>
        <source>Equivalent full cycles of the stationary battery (wear).</source>
        <translation>定置型蓄電池の等価フルサイクル数（劣化の目安）。</translation>
    </message>
    <message>
        <source>Critical load unserved</source>
        <translation>重要負荷の供給不足</translation>
    </message>
    <message>
        <source>Critical load that had to be shed during outages.</source>
        <translation>停電中に遮断せざるを得なかった重要負荷。</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>Energy cost plus demand charge minus export revenue, in the scenario&apos;s currency.</source>
        <translation>電力量料金 + デマンド料金 − 売電収入（シナリオの通貨単位）。</translation>
    </message>
    <message>
        <source>Import-limit violations</source>
        <translation>買電上限超過</translation>
    </message>
    <message>
        <source>Simulation steps above the connection&apos;s import limit.</source>
        <translation>系統接続の買電上限を超えたシミュレーションステップ数。</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>plugged</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>充電中</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation>V2B</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>目標到達</translation>
    </message>
    <message>
        <source>target on track</source>
        <translation>目標達成見込み</translation>
    </message>
    <message>
        <source>target at risk: %1 short</source>
        <translation>目標未達のおそれ：%1 不足</translation>
    </message>
    <message>
        <source>target outlook unknown</source>
        <translation>目標達成見込み不明</translation>
    </message>
</context>
<context>
    <name>parkwatt::AboutDialog</name>
    <message>
        <source>About Parkwatt</source>
        <translation>Parkwatt について</translation>
    </message>
    <message>
        <source>Parkwatt %1</source>
        <translation>Parkwatt %1</translation>
    </message>
    <message>
        <source>Energy management for buildings with PV, a battery and a garage of electric cars: every driver charged by departure, the building&apos;s peaks shaved, its critical loads kept up in an outage.

Built with Qt %1 on %2. Licence: %3.</source>
        <translation>太陽光発電、蓄電池、電気自動車の駐車場を備えた建物のためのエネルギー管理：すべてのドライバーの車を出庫までに充電し、建物のピークを抑え、停電時には重要負荷への給電を維持します。

%2 上で Qt %1 を使用してビルド。ライセンス：%3。</translation>
    </message>
    <message>
        <source>Parkwatt is built on these libraries, under their licences:</source>
        <translation>Parkwatt は以下のライブラリを、それぞれのライセンスのもとで使用しています：</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>parkwatt::AssignmentPage</name>
    <message>
        <source>Chargers and bays</source>
        <translation>充電器と区画</translation>
    </message>
    <message>
        <source>The bay each charger serves. The engine shares the connection between bays, so a charger on the wrong bay would charge someone else&apos;s car.</source>
        <translation>各充電器が受け持つ区画です。エンジンは系統接続の容量を区画間で配分するため、充電器を誤った区画に割り当てると、別の人の車を充電してしまいます。</translation>
    </message>
    <message>
        <source>Bay of %1</source>
        <translation>%1 の区画</translation>
    </message>
    <message>
        <source>%1 (%2, %3:%4):</source>
        <translation>%1（%2、%3:%4）：</translation>
    </message>
    <message>
        <source>%1 charger device(s) for %2 bay(s).</source>
        <translation>%2 区画に対して充電器 %1 台。</translation>
    </message>
    <message>
        <source>Bay %1 has two chargers: %2 and %3</source>
        <translation>区画 %1 に2台の充電器が割り当てられています：%2 と %3</translation>
    </message>
    <message>
        <source>A bay is taken twice</source>
        <translation>区画が重複しています</translation>
    </message>
</context>
<context>
    <name>parkwatt::BayDetailPanel</name>
    <message>
        <source>Bay detail</source>
        <translation>区画の詳細</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Power now</source>
        <translation>現在の電力</translation>
    </message>
    <message>
        <source>Setpoint</source>
        <translation>設定値</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Car&apos;s energy</source>
        <translation>車の電力量</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>出庫</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>見通し</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation>V2B</translation>
    </message>
    <message>
        <source>No bay chosen</source>
        <translation>区画が選択されていません</translation>
    </message>
    <message>
        <source>Choose a bay on the left.</source>
        <translation>左側で区画を選択してください。</translation>
    </message>
    <message>
        <source>Bay %1</source>
        <translation>区画 %1</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1（%2 から）</translation>
    </message>
    <message>
        <source>no car</source>
        <translation>車なし</translation>
    </message>
    <message>
        <source>%1 (%2), target %3 (%4)</source>
        <translation>%1（%2）、目標 %3（%4）</translation>
    </message>
    <message>
        <source>one-way charger</source>
        <translation>単方向充電器</translation>
    </message>
    <message>
        <source>owner consents</source>
        <translation>所有者の同意あり</translation>
    </message>
    <message>
        <source>owner does not consent</source>
        <translation>所有者の同意なし</translation>
    </message>
    <message>
        <source>bidirectional</source>
        <translation>双方向</translation>
    </message>
</context>
<context>
    <name>parkwatt::BayOverrideBar</name>
    <message>
        <source>charge now</source>
        <translation>即時充電</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Charge now</source>
        <translation>即時充電</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Charge this car at full power until it is full, before every other car (the connection limit still holds)</source>
        <translation>この車を満充電になるまで、他のすべての車より優先して最大出力で充電します（系統接続の上限は引き続き守られます）</translation>
    </message>
    <message>
        <source>Neither charge nor discharge this car until released</source>
        <translation>解除するまで、この車の充電も放電も行いません</translation>
    </message>
    <message>
        <source>Let the engine decide again for this bay</source>
        <translation>この区画の制御を再びエンジンに任せます</translation>
    </message>
    <message>
        <source>Overrides need an engine that takes commands.</source>
        <translation>手動介入には、コマンドを受け付けるエンジンが必要です。</translation>
    </message>
    <message>
        <source>Overrides need the manager role; you are signed in as %1 (%2).</source>
        <translation>手動介入にはマネージャーのロールが必要です。現在 %1（%2）としてサインインしています。</translation>
    </message>
    <message>
        <source>Choose a bay.</source>
        <translation>区画を選択してください。</translation>
    </message>
    <message>
        <source>No car is plugged in at %1.</source>
        <translation>%1 には車が接続されていません。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Refused: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;拒否されました：%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>No override: the engine decides. Overrides are recorded in the audit trail.</source>
        <translation>手動介入なし：エンジンが判断します。手動介入は監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>Override: &lt;b&gt;%1&lt;/b&gt;, until released or the car leaves.</source>
        <translation>手動介入：&lt;b&gt;%1&lt;/b&gt;（解除されるか、車が出庫するまで）。</translation>
    </message>
</context>
<context>
    <name>parkwatt::BayTileDelegate</name>
    <message>
        <source>not answering</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>leaves %1</source>
        <translation>%1 出庫</translation>
    </message>
    <message>
        <source>departure unknown</source>
        <translation>出庫時刻不明</translation>
    </message>
    <message>
        <source>✓ target</source>
        <translation>✓ 目標</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>達成見込み</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>未達のおそれ</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由：%1</translation>
    </message>
</context>
<context>
    <name>parkwatt::CommissioningWizard</name>
    <message>
        <source>Commission a site</source>
        <translation>サイトのコミッショニング</translation>
    </message>
    <message>
        <source>Import a site file</source>
        <translation>サイトファイルのインポート</translation>
    </message>
    <message>
        <source>Site files (*.json)</source>
        <translation>サイトファイル (*.json)</translation>
    </message>
    <message>
        <source>The site file cannot be imported</source>
        <translation>サイトファイルをインポートできません</translation>
    </message>
    <message>
        <source>Commission a site (%1, %2)</source>
        <translation>サイトのコミッショニング（%1、%2）</translation>
    </message>
</context>
<context>
    <name>parkwatt::ControlRoomWindow</name>
    <message>
        <source>Parkwatt – %1 (simulated)</source>
        <translation>Parkwatt – %1（シミュレーション）</translation>
    </message>
    <message>
        <source>Parkwatt – %1</source>
        <translation>Parkwatt – %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Connection to the engine</source>
        <translation>エンジンとの接続</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Power flows, today&apos;s figures, the policy and open alarms</source>
        <translation>電力フロー、本日の数値、ポリシー、未解決のアラーム</translation>
    </message>
    <message>
        <source>Garage</source>
        <translation>駐車場</translation>
    </message>
    <message>
        <source>Every bay: state, power, charge, departure, and a bay in detail</source>
        <translation>全区画：状態、電力、充電量、出庫、区画の詳細</translation>
    </message>
    <message>
        <source>Engine: not attached</source>
        <translation>エンジン：未接続</translation>
    </message>
    <message>
        <source>How long the engine&apos;s last cycle took: read every device, decide, write</source>
        <translation>エンジンの直近サイクルの所要時間（全機器の読み取り、判断、書き込み）</translation>
    </message>
    <message>
        <source>When the engine last sent setpoints to chargers</source>
        <translation>エンジンが最後に充電器へ設定値を送信した時刻</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Light or dark, or as the system is</source>
        <translation>ライト、ダーク、またはシステムの設定に合わせる</translation>
    </message>
    <message>
        <source>System theme</source>
        <translation>システムのテーマ</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source> What you see is from %1, site time.</source>
        <translation>表示内容はサイト時刻 %1 時点のものです。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The engine is out of reach&lt;/b&gt;%1. Reconnecting by itself…%2</source>
        <translation>&lt;b&gt;エンジンに接続できません&lt;/b&gt;%1。自動的に再接続しています…%2</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>エンジン：%1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Engine disconnected&lt;/b&gt;%1</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;エンジン切断&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>waiting for the first cycle</source>
        <translation>最初のサイクルを待機中</translation>
    </message>
    <message>
        <source>Site time %1</source>
        <translation>サイト時刻 %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;no cycle for %1 s&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;%1 s 間サイクルなし&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 cycles</source>
        <translation>%1 サイクル</translation>
    </message>
    <message>
        <source>cycle %1 ms</source>
        <translation>サイクル %1 ms</translation>
    </message>
    <message>
        <source>no setpoint written yet</source>
        <translation>設定値の書き込みはまだありません</translation>
    </message>
    <message>
        <source>last write %1 (%2)</source>
        <translation>最終書き込み %1（%2）</translation>
    </message>
    <message>
        <source>1 setpoint</source>
        <translation>設定値 1 件</translation>
    </message>
    <message>
        <source>%1 setpoints</source>
        <translation>設定値 %1 件</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;grid outage&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;系統停電&lt;/b&gt;</translation>
    </message>
    <message>
        <source>grid connected</source>
        <translation>系統接続中</translation>
    </message>
    <message>
        <source>, &lt;b style=&apos;color:#c62828&apos;&gt;%1 not answering&lt;/b&gt;</source>
        <translation>、&lt;b style=&apos;color:#c62828&apos;&gt;%1が応答なし&lt;/b&gt;</translation>
    </message>
    <message>
        <source>1 device</source>
        <translation>機器 1 台</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>機器 %1 台</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Parkwatt &amp;Help</source>
        <translation>Parkwatt ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Parkwatt</source>
        <translation>Parkwatt について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>parkwatt::DailyEnergyChart</name>
    <message>
        <source>Energy per day (kWh)</source>
        <translation>日別電力量 (kWh)</translation>
    </message>
    <message>
        <source>Daily energy</source>
        <translation>日別電力量</translation>
    </message>
    <message>
        <source>PV used</source>
        <translation>太陽光利用</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>買電</translation>
    </message>
    <message>
        <source>EV charged</source>
        <translation>EV 充電</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
</context>
<context>
    <name>parkwatt::DeviceListPage</name>
    <message>
        <source>&amp;Discover</source>
        <translation>検出(&amp;D)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>機器</translation>
    </message>
    <message>
        <source>The meters, inverters, battery and chargers the engine reads and controls over Modbus TCP. Discover them on an address range, or add them by hand.</source>
        <translation>エンジンが Modbus TCP で読み取り・制御するメーター、インバーター、蓄電池、充電器です。アドレス範囲から検出するか、手動で追加してください。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ユニット</translation>
    </message>
    <message>
        <source>192.168.1.0/24 or 192.168.1.10-40</source>
        <translation>192.168.1.0/24 または 192.168.1.10-40</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>アドレス(&amp;A)：</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>ポート(&amp;O)：</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>機器を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Inspect registers…</source>
        <translation>レジスタを調べる…</translation>
    </message>
    <message>
        <source>Choose a complete device row to inspect.</source>
        <translation>調べる機器の行を選択してください（すべての項目が入力済みである必要があります）。</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>機器 %1</translation>
    </message>
    <message>
        <source>%1: the id is empty</source>
        <translation>%1：ID が空です</translation>
    </message>
    <message>
        <source>%1 (%2): role must be grid_meter, pv_inverter, battery, charger or load_meter</source>
        <translation>%1（%2）：種別は grid_meter、pv_inverter、battery、charger、load_meter のいずれかである必要があります</translation>
    </message>
    <message>
        <source>%1 (%2): no profile</source>
        <translation>%1（%2）：プロファイルがありません</translation>
    </message>
    <message>
        <source>%1 (%2): no host</source>
        <translation>%1（%2）：ホストがありません</translation>
    </message>
    <message>
        <source>%1 (%2): port must be 1 to 65535</source>
        <translation>%1（%2）：ポートは 1～65535 である必要があります</translation>
    </message>
    <message>
        <source>%1 (%2): unit must be 0 to 247</source>
        <translation>%1（%2）：ユニットは 0～247 である必要があります</translation>
    </message>
    <message>
        <source>A device is not complete</source>
        <translation>入力が不完全な機器があります</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Scanning %1 address(es)…</source>
        <translation>%1 件のアドレスをスキャン中…</translation>
    </message>
    <message>
        <source>Scanning… %1 of %2</source>
        <translation>スキャン中… %1 / %2</translation>
    </message>
    <message>
        <source>%1 device(s) found, %2 new; %3 without a profile</source>
        <translation>%1 台の機器を検出（新規 %2 台、プロファイルなし %3 台）</translation>
    </message>
</context>
<context>
    <name>parkwatt::DeviceTableModel</name>
    <message>
        <source>online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 does not answer</source>
        <translation>%1 が応答しません</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 が応答しません：%2</translation>
    </message>
    <message>
        <source>The device did not say (its profile has no firmware register on its own unit)</source>
        <translation>機器から情報が得られません（プロファイルに、この機器のユニット上のファームウェアレジスタがありません）</translation>
    </message>
    <message>
        <source>Median time from request to answer over the last 32 requests</source>
        <translation>直近 32 回の要求における、要求から応答までの時間の中央値</translation>
    </message>
    <message>
        <source>%1 of %2 requests failed since the engine started</source>
        <translation>エンジン起動以降、%2 回中 %1 回の要求が失敗しました</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>機器</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>機種</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>最終応答</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往復時間</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>要求数</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <source>charger</source>
        <translation>充電器</translation>
    </message>
    <message>
        <source>grid meter</source>
        <translation>系統メーター</translation>
    </message>
    <message>
        <source>PV inverter</source>
        <translation>太陽光インバーター</translation>
    </message>
    <message>
        <source>battery</source>
        <translation>蓄電池</translation>
    </message>
    <message>
        <source>load meter</source>
        <translation>負荷メーター</translation>
    </message>
</context>
<context>
    <name>parkwatt::DevicesPage</name>
    <message>
        <source>&amp;Problems only</source>
        <translation>問題のみ(&amp;P)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>機器</translation>
    </message>
    <message>
        <source>Device role</source>
        <translation>機器の種別</translation>
    </message>
    <message>
        <source>Show one kind of device</source>
        <translation>1種類の機器のみを表示</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>充電器</translation>
    </message>
    <message>
        <source>Grid meters</source>
        <translation>系統メーター</translation>
    </message>
    <message>
        <source>PV inverters</source>
        <translation>太陽光インバーター</translation>
    </message>
    <message>
        <source>Batteries</source>
        <translation>蓄電池</translation>
    </message>
    <message>
        <source>Load meters</source>
        <translation>負荷メーター</translation>
    </message>
    <message>
        <source>Only devices that do not answer or had errors</source>
        <translation>応答がない、またはエラーがあった機器のみ</translation>
    </message>
    <message>
        <source>Search device, model or address (Ctrl+F)</source>
        <translation>機器、機種、アドレスを検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>機器を検索</translation>
    </message>
    <message>
        <source>Devices and their health</source>
        <translation>機器とその状態</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>種別(&amp;R)</translation>
    </message>
    <message>
        <source>%1 devices · %2 not answering · %3 with errors since start</source>
        <translation>機器 %1 台 · 応答なし %2 台 · 起動以降エラーあり %3 台</translation>
    </message>
</context>
<context>
    <name>parkwatt::DriverInputForm</name>
    <message>
        <source>tomorrow %1</source>
        <translation>明日 %1</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s), %1</source>
        <translation>
            <numerusform>%n日後 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The building may borrow from my car (V2B): yes</source>
        <translation>建物が車から電力を借りることを許可（V2B）：はい</translation>
    </message>
    <message>
        <source>The building may borrow from my car (V2B): no</source>
        <translation>建物が車から電力を借りることを許可（V2B）：いいえ</translation>
    </message>
    <message>
        <source>Your charging</source>
        <translation>充電の設定</translation>
    </message>
    <message>
        <source>I leave at</source>
        <translation>出発時刻</translation>
    </message>
    <message>
        <source>Charge to</source>
        <translation>充電目標</translation>
    </message>
    <message>
        <source>Never below</source>
        <translation>最低残量</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Leave 15 minutes earlier</source>
        <translation>出発を15分早める</translation>
    </message>
    <message>
        <source>Leave 15 minutes later</source>
        <translation>出発を15分遅らせる</translation>
    </message>
    <message>
        <source>Charge less</source>
        <translation>充電量を減らす</translation>
    </message>
    <message>
        <source>Charge more</source>
        <translation>充電量を増やす</translation>
    </message>
</context>
<context>
    <name>parkwatt::EventTableModel</name>
    <message>
        <source>Alarm</source>
        <translation>アラーム</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>active</source>
        <translation>継続中</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 from %2 (%3), raised %4</source>
        <translation>%1：%2（%3）、%4 に発生</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>継続中</translation>
    </message>
    <message>
        <source>Cleared %1</source>
        <translation>%1 に解消</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation>%2 に %1 が確認</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>発生</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>発生元</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>解消</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>When the engine raised it (site time)</source>
        <translation>エンジンが発生させた時刻（サイト時刻）</translation>
    </message>
    <message>
        <source>Alarm, warning or info</source>
        <translation>アラーム、警告、または情報</translation>
    </message>
    <message>
        <source>The device or part of the engine it comes from</source>
        <translation>発生元の機器またはエンジンの構成要素</translation>
    </message>
    <message>
        <source>When the condition ended; &quot;active&quot; while it lasts</source>
        <translation>状態が解消した時刻。継続中は「継続中」と表示</translation>
    </message>
    <message>
        <source>Who acknowledged it, and when</source>
        <translation>確認したユーザーと時刻</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>発生した内容</translation>
    </message>
</context>
<context>
    <name>parkwatt::EventsPage</name>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Events summary</source>
        <translation>イベントの概要</translation>
    </message>
    <message>
        <source>Alarms and warnings still active, alarms and warnings nobody has acknowledged yet, and how many events the filter shows.</source>
        <translation>継続中のアラームと警告、まだ誰も確認していないアラームと警告、およびフィルターで表示されているイベント数。</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>すべての重大度</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>重大度フィルター</translation>
    </message>
    <message>
        <source>List events of every severity, or only alarms, warnings or information.</source>
        <translation>すべての重大度のイベント、またはアラーム・警告・情報のみを一覧表示します。</translation>
    </message>
    <message>
        <source>S&amp;everity</source>
        <translation>重大度(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Active only</source>
        <translation>継続中のみ(&amp;A)</translation>
    </message>
    <message>
        <source>Active events only</source>
        <translation>継続中のイベントのみ</translation>
    </message>
    <message>
        <source>Hide the events whose condition has cleared.</source>
        <translation>状態が解消したイベントを非表示にします。</translation>
    </message>
    <message>
        <source>Search source or message (Ctrl+F)</source>
        <translation>発生元またはメッセージを検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>イベントを検索</translation>
    </message>
    <message>
        <source>List only events whose source, code, message or acknowledging user contains this text.</source>
        <translation>発生元、コード、メッセージ、確認したユーザーのいずれかにこのテキストを含むイベントのみを表示します。</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>確認(&amp;K)</translation>
    </message>
    <message>
        <source>Acknowledge the selected events</source>
        <translation>選択したイベントを確認</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>The engine&apos;s alarms and events, newest first; select some and press Ctrl+K to acknowledge them.</source>
        <translation>エンジンのアラームとイベント（新しい順）。選択して Ctrl+K を押すと確認できます。</translation>
    </message>
    <message>
        <source>Acknowledgement status</source>
        <translation>確認の状況</translation>
    </message>
    <message>
        <source>Acknowledging %1…</source>
        <translation>%1を確認中…</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>%1 件のイベント</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 件のイベント</translation>
    </message>
    <message>
        <source>%1 acknowledged as %2.</source>
        <translation>%1を %2 として確認しました。</translation>
    </message>
    <message>
        <source>The engine refused: %1</source>
        <translation>エンジンが拒否しました：%1</translation>
    </message>
    <message>
        <source> (%1 acknowledged)</source>
        <translation>（%1は確認済み）</translation>
    </message>
    <message>
        <source>%1 other</source>
        <translation>他の %1 件</translation>
    </message>
    <message>
        <source>%1 others</source>
        <translation>他の %1 件</translation>
    </message>
    <message>
        <source>Your role (%1) may not acknowledge events; a manager, installer or administrator can.</source>
        <translation>あなたのロール（%1）ではイベントを確認できません。マネージャー、施工者、管理者が確認できます。</translation>
    </message>
    <message>
        <source>Waiting for the engine&apos;s answer…</source>
        <translation>エンジンの応答を待っています…</translation>
    </message>
    <message>
        <source>Select one or more events that are not acknowledged yet (Ctrl+K).</source>
        <translation>未確認のイベントを1件以上選択してください（Ctrl+K）。</translation>
    </message>
    <message>
        <source>Acknowledge the %1 as %2 (Ctrl+K); the audit trail records it.</source>
        <translation>%1を %2 として確認します（Ctrl+K）。監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>selected event</source>
        <translation>選択したイベント</translation>
    </message>
    <message>
        <source>%1 selected events</source>
        <translation>選択した %1 件のイベント</translation>
    </message>
    <message>
        <source>No events yet: the engine lists device faults, meter loss, outages, storage alarms, policy changes and overrides here.</source>
        <translation>イベントはまだありません。機器の故障、メーターとの通信喪失、停電、記録のアラーム、ポリシー変更、手動介入がここに一覧表示されます。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 of %5 shown</source>
        <translation>%1 · %2 · %3 · %5中 %4 件を表示</translation>
    </message>
    <message>
        <source>%1 active alarm</source>
        <translation>継続中のアラーム %1 件</translation>
    </message>
    <message>
        <source>%1 active alarms</source>
        <translation>継続中のアラーム %1 件</translation>
    </message>
    <message>
        <source>%1 active warning</source>
        <translation>継続中の警告 %1 件</translation>
    </message>
    <message>
        <source>%1 active warnings</source>
        <translation>継続中の警告 %1 件</translation>
    </message>
    <message>
        <source>%1 alarm or warning not acknowledged</source>
        <translation>未確認のアラーム・警告 %1 件</translation>
    </message>
    <message>
        <source>%1 alarms or warnings not acknowledged</source>
        <translation>未確認のアラーム・警告 %1 件</translation>
    </message>
</context>
<context>
    <name>parkwatt::FigureFormat</name>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
</context>
<context>
    <name>parkwatt::GarageModel</name>
    <message>
        <source>Bay %1, %2</source>
        <translation>区画 %1、%2</translation>
    </message>
</context>
<context>
    <name>parkwatt::GaragePage</name>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>充電中</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation>V2B</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Plugged</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Every bay</source>
        <translation>全区画</translation>
    </message>
    <message>
        <source>Cars charging now</source>
        <translation>現在充電中の車</translation>
    </message>
    <message>
        <source>Cars feeding the building (vehicle to building)</source>
        <translation>建物に電力を供給している車（V2B）</translation>
    </message>
    <message>
        <source>Cars that still need energy, held back by the plan: they wait for PV surplus or a later hour</source>
        <translation>まだ充電が必要だが、計画により保留されている車：太陽光の余剰または後の時間帯を待っています</translation>
    </message>
    <message>
        <source>Cars plugged in with nothing left to charge</source>
        <translation>接続済みで、これ以上充電の必要がない車</translation>
    </message>
    <message>
        <source>Bays without a car</source>
        <translation>車のいない区画</translation>
    </message>
    <message>
        <source>Chargers that do not answer</source>
        <translation>応答しない充電器</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <source>Search bay (Ctrl+F)</source>
        <translation>区画を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search bay</source>
        <translation>区画を検索</translation>
    </message>
    <message>
        <source>Bays</source>
        <translation>区画</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>parkwatt::HelpWindow</name>
    <message>
        <source>Parkwatt Help</source>
        <translation>Parkwatt ヘルプ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Facility manager&apos;s guide</source>
        <translation>施設管理者ガイド</translation>
    </message>
    <message>
        <source>Installer&apos;s guide</source>
        <translation>施工者ガイド</translation>
    </message>
    <message>
        <source>Driver&apos;s guide (lobby kiosk)</source>
        <translation>ドライバーガイド（ロビーのキオスク）</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>ガイド</translation>
    </message>
</context>
<context>
    <name>parkwatt::HistoryChart</name>
    <message>
        <source>History chart</source>
        <translation>履歴グラフ</translation>
    </message>
    <message>
        <source>Drag to zoom into a stretch, wheel to zoom, right-drag or arrow keys to pan</source>
        <translation>ドラッグで範囲を拡大、ホイールでズーム、右ドラッグまたは矢印キーで移動</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>%1 %2 kW</source>
        <translation>%1 %2 kW</translation>
    </message>
</context>
<context>
    <name>parkwatt::HistoryPage</name>
    <message>
        <source>Day</source>
        <translation>1日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>1週間</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>1か月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>1年</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>直近%1を表示</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show the range between the two dates</source>
        <translation>2つの日時の間の範囲を表示</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG をエクスポート…</translation>
    </message>
    <message>
        <source>Show %1 (right-hand axis, %)</source>
        <translation>%1 を表示（右軸、%）</translation>
    </message>
    <message>
        <source>Show %1 (kW)</source>
        <translation>%1 を表示（kW）</translation>
    </message>
    <message>
        <source>Point at the chart to read its values</source>
        <translation>グラフにマウスを合わせると値が表示されます</translation>
    </message>
    <message>
        <source>Values under the mouse</source>
        <translation>マウス位置の値</translation>
    </message>
    <message>
        <source>History cannot be read from %1:
%2</source>
        <translation>%1 から履歴を読み込めません：
%2</translation>
    </message>
    <message>
        <source>No history recorded yet for this range.</source>
        <translation>この期間の履歴はまだ記録されていません。</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>履歴を CSV としてエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>グラフを PNG としてエクスポート</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskBayGrid</name>
    <message>
        <source>Garage</source>
        <translation>駐車場</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>フロア %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n free bay(s)</source>
        <translation>
            <numerusform>%1：空き %n 台</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskBayPage</name>
    <message>
        <source>Bay %1</source>
        <translation>%1番区画</translation>
    </message>
    <message>
        <source>Bay %1, level %2</source>
        <translation>フロア %2・%1番区画</translation>
    </message>
    <message>
        <source>Change departure, charge or lending</source>
        <translation>出発・充電・貸し出しを変更</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>charged (target %1)</source>
        <translation>充電済み（目標 %1）</translation>
    </message>
    <message>
        <source>in the car (target %1)</source>
        <translation>バッテリー残量（目標 %1）</translation>
    </message>
    <message>
        <source>This bay is free.</source>
        <translation>この区画は空いています。</translation>
    </message>
    <message>
        <source>Parked, not charging now</source>
        <translation>駐車中、現在は充電していません</translation>
    </message>
    <message>
        <source>Charging at %1</source>
        <translation>%1で充電中</translation>
    </message>
    <message>
        <source>Lending %1 to the building</source>
        <translation>建物に%1を貸し出し中</translation>
    </message>
    <message>
        <source>Waiting for solar power or a cheaper hour</source>
        <translation>太陽光発電か安い時間帯を待っています</translation>
    </message>
    <message>
        <source>This charger is out of order. Please ask the facility desk.</source>
        <translation>この充電器は故障中です。管理事務所にお問い合わせください。</translation>
    </message>
    <message>
        <source>No departure time set yet.</source>
        <translation>出発時刻はまだ設定されていません。</translation>
    </message>
    <message>
        <source>Target reached. Leaving at %1.</source>
        <translation>目標に到達しました。%1に出発予定です。</translation>
    </message>
    <message>
        <source>Ready by %1.</source>
        <translation>%1までに充電が完了します。</translation>
    </message>
    <message>
        <source>By %1 it will be about %2 short of the target.</source>
        <translation>%1の時点で目標まで約%2不足する見込みです。</translation>
    </message>
    <message>
        <source>Leaving at %1.</source>
        <translation>%1に出発予定です。</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskFlowPage</name>
    <message>
        <source>Where the building&apos;s power comes from now</source>
        <translation>建物の電力の現在の供給元</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskGaragePage</name>
    <message>
        <source>Find a free bay</source>
        <translation>空き区画を探す</translation>
    </message>
    <message>
        <source>Tap your bay&apos;s number to see how your car is charging.</source>
        <translation>区画番号をタッチすると、車の充電状況が表示されます。</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>充電中</translation>
    </message>
    <message>
        <source>lending to the building</source>
        <translation>建物に貸し出し中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>駐車中</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>故障中</translation>
    </message>
    <message numerus="yes">
        <source>%n free bay(s) in the garage</source>
        <translation>
            <numerusform>駐車場の空き区画：%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskPinPage</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Please wait %n second(s).</source>
        <translation>
            <numerusform>PINの誤入力が多すぎます。%n秒お待ちください。</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>PINが正しくありません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskThanksPage</name>
    <message>
        <source>Thank you, drivers!</source>
        <translation>ドライバーの皆さま、ありがとうございます！</translation>
    </message>
    <message>
        <source>lent to the building today by the cars parked here, so it needed less from the grid</source>
        <translation>本日、ここに駐車中の車が建物に貸し出した電力量。その分、電力網からの購入が減りました</translation>
    </message>
    <message numerus="yes">
        <source>%n car(s) lending power right now</source>
        <translation>
            <numerusform>現在%n台の車が電力を貸し出しています</numerusform>
        </translation>
    </message>
    <message>
        <source>Your car can help too: allow lending (V2B) when you set your departure.</source>
        <translation>お客様の車も貢献できます。出発時刻の設定時に貸し出し（V2B）を許可してください。</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskTodayPage</name>
    <message>
        <source>Today in this building</source>
        <translation>本日のこの建物</translation>
    </message>
    <message>
        <source>of the energy used here came from our own sun and storage</source>
        <translation>ここで使われた電力のうち、自家発電の太陽光と蓄電池でまかなった割合</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>of CO₂ avoided by the solar power used today</source>
        <translation>本日の太陽光発電の利用で削減したCO₂</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskWindow</name>
    <message>
        <source>the engine did not answer in time</source>
        <translation>システムが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>Enter the PIN on your parking card to change this bay&apos;s charging.</source>
        <translation>この区画の充電設定を変更するには、駐車カードのPINを入力してください。</translation>
    </message>
    <message>
        <source>Facility manager</source>
        <translation>施設管理者</translation>
    </message>
    <message>
        <source>Enter the manager PIN to leave kiosk mode.</source>
        <translation>キオスクモードを終了するには、管理者PINを入力してください。</translation>
    </message>
    <message>
        <source>Saved. Your charging follows your new wishes from now on.</source>
        <translation>保存しました。これから新しい設定で充電します。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Parkwatt kiosk</source>
        <translation>Parkwatt キオスク</translation>
    </message>
    <message>
        <source>Live figures are not available right now: the connection to the energy system is being restored.</source>
        <translation>現在、リアルタイムの数値を表示できません。エネルギーシステムとの接続を復旧中です。</translation>
    </message>
</context>
<context>
    <name>parkwatt::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system language</source>
        <translation>システムの言語に従う</translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveDemo</name>
    <message>
        <source>no temporary folder for the demo: %1</source>
        <translation>デモ用の一時フォルダーを作成できません：%1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：書き込めません：%2</translation>
    </message>
    <message>
        <source>parkwatt-sim was not found next to this program</source>
        <translation>このプログラムと同じ場所に parkwatt-sim が見つかりません</translation>
    </message>
    <message>
        <source>demo garage on simulated Modbus devices</source>
        <translation>シミュレーションの Modbus 機器によるデモ駐車場</translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveEngine</name>
    <message>
        <source>peak shaving needs a limit above 0 kW</source>
        <translation>ピークカットには 0 kW より大きい上限が必要です</translation>
    </message>
    <message>
        <source>the peak limit (%1 kW) is above the connection&apos;s import limit (%2 kW)</source>
        <translation>ピーク上限（%1 kW）が系統接続の買電上限（%2 kW）を超えています</translation>
    </message>
    <message>
        <source>the battery reserve must be between 0 and 100 %</source>
        <translation>蓄電池予備は 0～100% の範囲である必要があります</translation>
    </message>
    <message>
        <source>the reserve time cannot be negative</source>
        <translation>予備時間を負の値にすることはできません</translation>
    </message>
    <message>
        <source>this engine cannot change its policy</source>
        <translation>このエンジンはポリシーを変更できません</translation>
    </message>
    <message>
        <source>there is no earlier policy to return to</source>
        <translation>戻すことのできる以前のポリシーがありません</translation>
    </message>
    <message>
        <source>there is no charger %1 at this site</source>
        <translation>このサイトに充電器 %1 はありません</translation>
    </message>
    <message>
        <source>no car is plugged in at %1</source>
        <translation>%1 に車が接続されていません</translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveFigures</name>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>backup reserve %1 %</source>
        <translation>バックアップ予備 %1%</translation>
    </message>
    <message>
        <source>peak shaving at %1 kW</source>
        <translation>ピークカット %1 kW</translation>
    </message>
    <message>
        <source>self-sufficiency</source>
        <translation>自給率優先</translation>
    </message>
    <message>
        <source>self-sufficiency (battery charged from PV only)</source>
        <translation>自給率優先（蓄電池は太陽光のみで充電）</translation>
    </message>
    <message>
        <source>V2B with consenting cars</source>
        <translation>同意済みの車で V2B</translation>
    </message>
    <message>
        <source>no V2B</source>
        <translation>V2B なし</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>1 car, %1</source>
        <translation>1 台、%1</translation>
    </message>
    <message>
        <source>%1 cars, %2</source>
        <translation>%1 台、%2</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>買電 %1</translation>
    </message>
    <message>
        <source>export %1</source>
        <translation>売電 %1</translation>
    </message>
    <message>
        <source>no battery</source>
        <translation>蓄電池なし</translation>
    </message>
    <message>
        <source>charging %1</source>
        <translation>充電 %1</translation>
    </message>
    <message>
        <source>discharging %1</source>
        <translation>放電 %1</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>待機</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>%1 of %2 bays</source>
        <translation>%1 / %2 区画</translation>
    </message>
    <message>
        <source>grid outage: critical load only</source>
        <translation>系統停電：重要負荷のみ</translation>
    </message>
    <message>
        <source>grid connected</source>
        <translation>系統接続中</translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveSite</name>
    <message>
        <source>the engine stopped</source>
        <translation>エンジンが停止しました</translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveSiteControl</name>
    <message>
        <source>Policy changed by %1</source>
        <translation>%1 がポリシーを変更しました</translation>
    </message>
    <message>
        <source>Charge now at %1, set by %2</source>
        <translation>%1 で即時充電（%2 が設定）</translation>
    </message>
    <message>
        <source>%1 paused by %2</source>
        <translation>%1 を %2 が一時停止しました</translation>
    </message>
    <message>
        <source>Override on %1 released by %2</source>
        <translation>%1 の手動介入を %2 が解除しました</translation>
    </message>
    <message>
        <source>the engine (the car left)</source>
        <translation>エンジン（車が出庫）</translation>
    </message>
    <message>
        <source>A car plugged in at %1</source>
        <translation>%1 に車が接続されました</translation>
    </message>
    <message>
        <source>The car at %1 left with its target met (%2 kWh charged)</source>
        <translation>%1 の車が目標を達成して出庫しました（充電量 %2 kWh）</translation>
    </message>
    <message>
        <source>The car at %1 left short of its target (%2 kWh charged)</source>
        <translation>%1 の車が目標に届かずに出庫しました（充電量 %2 kWh）</translation>
    </message>
    <message>
        <source>%1 (role %2) may not %3</source>
        <translation>%1（ロール：%2）には%3権限がありません</translation>
    </message>
    <message>
        <source>change the policy</source>
        <translation>ポリシーを変更する</translation>
    </message>
    <message>
        <source>override a bay</source>
        <translation>区画に手動介入する</translation>
    </message>
    <message>
        <source>acknowledge events</source>
        <translation>イベントを確認する</translation>
    </message>
    <message>
        <source>change a session</source>
        <translation>充電セッションを変更する</translation>
    </message>
    <message>
        <source>there is no charger %1 at this site</source>
        <translation>このサイトに充電器 %1 はありません</translation>
    </message>
    <message>
        <source>Recording stopped, control goes on: %1</source>
        <translation>記録が停止しました（制御は継続中）：%1</translation>
    </message>
    <message>
        <source>Grid outage: the site runs on PV, battery and consenting cars</source>
        <translation>系統停電：サイトは太陽光、蓄電池、同意済みの車で運転しています</translation>
    </message>
    <message>
        <source>Grid meter lost: chargers ramp down to their safe current</source>
        <translation>系統メーターとの通信喪失：充電器はフェイルセーフ電流まで出力を下げます</translation>
    </message>
</context>
<context>
    <name>parkwatt::OverviewPage</name>
    <message>
        <source>Today</source>
        <translation>本日</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>自給率</translation>
    </message>
    <message>
        <source>Share of the building&apos;s and the cars&apos; consumption not drawn from the grid.</source>
        <translation>建物と車の消費電力量のうち、系統から購入しなかった割合。</translation>
    </message>
    <message>
        <source>Billing peak</source>
        <translation>課金デマンドピーク</translation>
    </message>
    <message>
        <source>Largest 15-minute mean grid import today, against the peak-shaving limit.</source>
        <translation>本日の15分平均買電電力の最大値（ピークカット上限との比較）。</translation>
    </message>
    <message>
        <source>PV energy</source>
        <translation>太陽光発電量</translation>
    </message>
    <message>
        <source>Solar energy used on site today.</source>
        <translation>本日構内で使用された太陽光発電量。</translation>
    </message>
    <message>
        <source>EV energy charged</source>
        <translation>EV 充電量</translation>
    </message>
    <message>
        <source>Energy delivered into the cars today.</source>
        <translation>本日車に充電された電力量。</translation>
    </message>
    <message>
        <source>V2B energy</source>
        <translation>V2B 電力量</translation>
    </message>
    <message>
        <source>Energy the cars gave back to the building today.</source>
        <translation>本日車から建物へ供給された電力量。</translation>
    </message>
    <message>
        <source>Backup reserve</source>
        <translation>バックアップ予備</translation>
    </message>
    <message>
        <source>How long the stored energy (battery above its minimum, and consenting cars above their owners&apos; floors when the policy counts them) would carry the critical load now.</source>
        <translation>蓄えられた電力（蓄電池の最低残量を超える分と、ポリシーで算入する場合は、同意済みの車の所有者が設定した下限を超える分）で、現在の重要負荷を賄える時間。</translation>
    </message>
    <message>
        <source>Active policy</source>
        <translation>適用中のポリシー</translation>
    </message>
    <message>
        <source>The policy&apos;s parts in their priority order.</source>
        <translation>ポリシーの各要素（優先順位順）。</translation>
    </message>
    <message>
        <source>Open alarms</source>
        <translation>未解決のアラーム</translation>
    </message>
    <message>
        <source>Grid outage since %1: critical load only</source>
        <translation>%1 から系統停電：重要負荷のみ</translation>
    </message>
    <message>
        <source>%1 not answering since %2</source>
        <translation>%1 が %2 から応答なし</translation>
    </message>
    <message>
        <source>No open alarms</source>
        <translation>未解決のアラームはありません</translation>
    </message>
    <message>
        <source>Waiting for the first cycle</source>
        <translation>最初のサイクルを待っています</translation>
    </message>
</context>
<context>
    <name>parkwatt::PinKeypad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n桁入力済み</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>最後の1桁を消去</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>PINを確定</translation>
    </message>
</context>
<context>
    <name>parkwatt::PoliciesPage</name>
    <message>
        <source>Policies</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>適用中のポリシー</translation>
    </message>
    <message>
        <source>What the engine runs the site with now.</source>
        <translation>エンジンが現在サイトの運用に使用しているポリシー。</translation>
    </message>
    <message>
        <source>Last policy change</source>
        <translation>最後のポリシー変更</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>適用(&amp;A)…</translation>
    </message>
    <message>
        <source>Apply the edited policy</source>
        <translation>編集したポリシーを適用</translation>
    </message>
    <message>
        <source>R&amp;evert edits</source>
        <translation>編集を破棄(&amp;E)</translation>
    </message>
    <message>
        <source>Revert edits</source>
        <translation>編集を破棄</translation>
    </message>
    <message>
        <source>Put the form back to the policy in force.</source>
        <translation>フォームを適用中のポリシーに戻します。</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>直前の変更を取り消す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last policy change</source>
        <translation>直前のポリシー変更を取り消す</translation>
    </message>
    <message>
        <source>Result of the last command</source>
        <translation>直前のコマンドの結果</translation>
    </message>
    <message>
        <source>How the engine decides</source>
        <translation>エンジンの判断方法</translation>
    </message>
    <message>
        <source>Priority order</source>
        <translation>優先順位</translation>
    </message>
    <message>
        <source>When the parts of the policy conflict, the higher one wins.</source>
        <translation>ポリシーの要素が競合した場合は、上位のものが優先されます。</translation>
    </message>
    <message>
        <source>The engine is not connected.</source>
        <translation>エンジンが接続されていません。</translation>
    </message>
    <message>
        <source>Waiting for the engine&apos;s answer…</source>
        <translation>エンジンの応答を待っています…</translation>
    </message>
    <message>
        <source>Fix the problems shown in the form first.</source>
        <translation>先にフォームに表示された問題を修正してください。</translation>
    </message>
    <message>
        <source>The form shows the policy in force: edit it to apply a change.</source>
        <translation>フォームには適用中のポリシーが表示されています。変更を適用するには編集してください。</translation>
    </message>
    <message>
        <source>Send the edited policy to the engine after confirming what changes; the chargers follow at once.</source>
        <translation>変更内容を確認したうえで、編集したポリシーをエンジンに送信します。充電器は直ちに追従します。</translation>
    </message>
    <message>
        <source>There is no earlier policy to return to.</source>
        <translation>戻すことのできる以前のポリシーがありません。</translation>
    </message>
    <message>
        <source>Return to the policy before the last change (recorded as a new change).</source>
        <translation>直前の変更より前のポリシーに戻します（新しい変更として記録されます）。</translation>
    </message>
    <message>
        <source>In force: %1.</source>
        <translation>適用中：%1。</translation>
    </message>
    <message>
        <source>Apply this policy to %1? It takes effect at once: the engine re-plans and the chargers follow.</source>
        <translation>このポリシーを %1 に適用しますか？直ちに有効になり、エンジンが再計画して充電器が追従します。</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Not applied: the policy in force is unchanged.</source>
        <translation>適用されませんでした。適用中のポリシーは変更されていません。</translation>
    </message>
    <message>
        <source>Sending the policy to the engine…</source>
        <translation>ポリシーをエンジンに送信中…</translation>
    </message>
    <message>
        <source>Asking the engine to undo the last change…</source>
        <translation>直前の変更の取り消しをエンジンに要求中…</translation>
    </message>
    <message>
        <source>Last changed by %1 at %2.</source>
        <translation>%2 に %1 が最後に変更しました。</translation>
    </message>
    <message>
        <source>%1 changed the policy in force while you were editing; your edits are kept. Revert edits to start from the new policy.</source>
        <translation>編集中に %1 が適用中のポリシーを変更しました。あなたの編集内容は保持されています。新しいポリシーから始めるには「編集を破棄」を押してください。</translation>
    </message>
    <message>
        <source>Apply policy</source>
        <translation>ポリシーの適用</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyCheck</name>
    <message>
        <source>Peak limit</source>
        <translation>ピーク上限</translation>
    </message>
    <message>
        <source>Battery reserve</source>
        <translation>蓄電池予備</translation>
    </message>
    <message>
        <source>Reserve time</source>
        <translation>予備時間</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>Peak shaving needs a limit above 0 kW.</source>
        <translation>ピークカットには 0 kW より大きい上限が必要です。</translation>
    </message>
    <message>
        <source>The peak limit (%1 kW) is above the connection&apos;s import limit (%2 kW): the grid connection could never draw that much.</source>
        <translation>ピーク上限（%1 kW）が系統接続の買電上限（%2 kW）を超えています。系統接続からそれほどの電力を受電することはできません。</translation>
    </message>
    <message>
        <source>The battery reserve must be between 0 and 100 %.</source>
        <translation>蓄電池予備は 0～100% の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The reserve time cannot be negative.</source>
        <translation>予備時間を負の値にすることはできません。</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyCommands</name>
    <message>
        <source>The engine refused: %1</source>
        <translation>エンジンが拒否しました：%1</translation>
    </message>
    <message>
        <source>Changing the policy needs the manager or admin role; %1 is signed in as %2.</source>
        <translation>ポリシーの変更にはマネージャーまたは管理者のロールが必要です。%1 は %2 としてサインインしています。</translation>
    </message>
    <message>
        <source>this operator</source>
        <translation>このオペレーター</translation>
    </message>
    <message>
        <source>Policy applied: the engine has re-planned with it.</source>
        <translation>ポリシーを適用しました。エンジンはこのポリシーで再計画しました。</translation>
    </message>
    <message>
        <source>Last change undone: the previous policy is back in force.</source>
        <translation>直前の変更を取り消しました。以前のポリシーが再び適用されています。</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyExportPage</name>
    <message>
        <source>Policy and site file</source>
        <translation>ポリシーとサイトファイル</translation>
    </message>
    <message>
        <source>The policy the engine starts with (the facility manager changes it later in the control room), and where the site file goes (parkwattd run --site FILE).</source>
        <translation>エンジン起動時のポリシー（後から施設管理者がコントロールルームで変更します）と、サイトファイルの保存先（parkwattd run --site FILE）。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Save the site file</source>
        <translation>サイトファイルの保存</translation>
    </message>
    <message>
        <source>Site files (*.json)</source>
        <translation>サイトファイル (*.json)</translation>
    </message>
    <message>
        <source>&amp;Site file:</source>
        <translation>サイトファイル(&amp;S)：</translation>
    </message>
    <message>
        <source>Write the commissioning &amp;report…</source>
        <translation>コミッショニングレポートを作成(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the commissioning report</source>
        <translation>コミッショニングレポートの保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Installer:</source>
        <translation>施工者(&amp;I)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The policy has problems: see the form.</source>
        <translation>ポリシーに問題があります。フォームを確認してください。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>保存できませんでした：%1：%2</translation>
    </message>
    <message>
        <source>Saved %1: %2 device(s), %3 bay(s).</source>
        <translation>%1 を保存しました：機器 %2 台、区画 %3。</translation>
    </message>
    <message>
        <source>Commissioning report: %1</source>
        <translation>コミッショニングレポート：%1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>レポートを作成できませんでした：%1</translation>
    </message>
    <message>
        <source>Commissioning report written: %1 and %2.</source>
        <translation>コミッショニングレポートを作成しました：%1 と %2。</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyForm</name>
    <message>
        <source>Self-sufficiency</source>
        <translation>自給率</translation>
    </message>
    <message>
        <source>Use the site&apos;s PV before buying from the grid.</source>
        <translation>系統から買電する前に、サイトの太陽光を使います。</translation>
    </message>
    <message>
        <source>Use PV before the &amp;grid</source>
        <translation>系統より太陽光を優先(&amp;G)</translation>
    </message>
    <message>
        <source>On: PV surplus goes to the battery and the cars before anything is bought from the grid.</source>
        <translation>オン：系統から買電する前に、太陽光の余剰を蓄電池と車に充てます。</translation>
    </message>
    <message>
        <source>Allow charging the &amp;battery from the grid</source>
        <translation>系統から蓄電池への充電を許可(&amp;B)</translation>
    </message>
    <message>
        <source>Battery charging from the grid</source>
        <translation>系統からの蓄電池充電</translation>
    </message>
    <message>
        <source>Off: the battery charges from PV only (except to restore the backup reserve or to prepare for a peak the plan foresees).</source>
        <translation>オフ：蓄電池は太陽光のみで充電します（バックアップ予備の回復時と、計画で予測されたピークへの備えを除く）。</translation>
    </message>
    <message>
        <source>This site has no battery; the setting is kept for when it has one.</source>
        <translation>このサイトには蓄電池がありません。設定は蓄電池の導入時に備えて保持されます。</translation>
    </message>
    <message>
        <source>Peak shaving</source>
        <translation>ピークカット</translation>
    </message>
    <message>
        <source>Keep every 15-minute average grid import under a limit (what a demand charge bills). The connection&apos;s import limit is %1 kW.</source>
        <translation>15分平均買電電力を常に上限以下に抑えます（デマンド料金の課金対象）。系統接続の買電上限は %1 kW です。</translation>
    </message>
    <message>
        <source>&amp;Shave peaks</source>
        <translation>ピークカットを行う(&amp;S)</translation>
    </message>
    <message>
        <source>On: the engine holds grid import at or below the peak limit.</source>
        <translation>オン：エンジンは買電電力をピーク上限以下に保ちます。</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source>Peak limit in kilowatts</source>
        <translation>ピーク上限（kW）</translation>
    </message>
    <message>
        <source>The highest 15-minute average import allowed, in kW: above 0 and at most the connection&apos;s %1 kW.</source>
        <translation>許容する15分平均買電電力の最大値（kW）：0 より大きく、系統接続の %1 kW 以下。</translation>
    </message>
    <message>
        <source>Peak &amp;limit:</source>
        <translation>ピーク上限(&amp;L)：</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ電源</translation>
    </message>
    <message>
        <source>Hold energy in reserve to carry the critical load through a grid outage.</source>
        <translation>系統停電時に重要負荷を賄えるよう、電力を予備として確保します。</translation>
    </message>
    <message>
        <source>&amp;Keep a backup reserve</source>
        <translation>バックアップ予備を確保(&amp;K)</translation>
    </message>
    <message>
        <source>Backup reserve</source>
        <translation>バックアップ予備</translation>
    </message>
    <message>
        <source>On: outside outages the battery stays at or above the reserve.</source>
        <translation>オン：停電時以外は、蓄電池の残量を予備以上に保ちます。</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Battery reserve in percent</source>
        <translation>蓄電池予備（%）</translation>
    </message>
    <message>
        <source>The battery&apos;s state of charge kept for an outage, 0 to 100 %.</source>
        <translation>停電に備えて確保する蓄電池の充電率（0～100%）。</translation>
    </message>
    <message>
        <source>This site has no battery; the reserve is kept for when it has one.</source>
        <translation>このサイトには蓄電池がありません。予備の設定は蓄電池の導入時に備えて保持されます。</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source>Reserve time in hours</source>
        <translation>予備時間（時間）</translation>
    </message>
    <message>
        <source>How many hours of the current critical load the site aims to hold in reserve (0 or more).</source>
        <translation>現在の重要負荷の何時間分を予備として確保するか（0 以上）。</translation>
    </message>
    <message>
        <source>Count consenting &amp;cars toward the reserve</source>
        <translation>同意済みの車を予備に算入(&amp;C)</translation>
    </message>
    <message>
        <source>Cars in the backup reserve</source>
        <translation>バックアップ予備への車の算入</translation>
    </message>
    <message>
        <source>On: plugged cars whose owners consent count with their energy above their minimum, and feed the critical load during an outage.</source>
        <translation>オン：所有者が同意した接続中の車は、最低残量を超える電力量が予備に算入され、停電時には重要負荷に電力を供給します。</translation>
    </message>
    <message>
        <source>Battery &amp;reserve:</source>
        <translation>蓄電池予備(&amp;R)：</translation>
    </message>
    <message>
        <source>Reserve &amp;time:</source>
        <translation>予備時間(&amp;T)：</translation>
    </message>
    <message>
        <source>Vehicle to building (V2B)</source>
        <translation>車両から建物への給電（V2B）</translation>
    </message>
    <message>
        <source>Let consenting cars on bidirectional chargers feed the building outside outages.</source>
        <translation>停電時以外にも、双方向充電器に接続された同意済みの車から建物へ給電できるようにします。</translation>
    </message>
    <message>
        <source>This site has no bidirectional charger, so no car can feed the building.</source>
        <translation>このサイトには双方向充電器がないため、車から建物へ給電できません。</translation>
    </message>
    <message>
        <source>Allow &amp;V2B with consenting cars</source>
        <translation>同意済みの車による V2B を許可(&amp;V)</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation>V2B</translation>
    </message>
    <message>
        <source>On: consenting cars may discharge for peak shaving and self-sufficiency, never so far that they miss their own departure target.</source>
        <translation>オン：同意済みの車は、ピークカットと自給率向上のために放電できます。ただし、自身の出庫時の目標を達成できなくなるほどには放電しません。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyPreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>What the edited policy would have done, against the policy in force, replayed by the engine&apos;s simulation on the same days.</source>
        <translation>編集したポリシーならどうなっていたかを、適用中のポリシーと比較して、同じ日についてエンジンのシミュレーションで再現します。</translation>
    </message>
    <message>
        <source>&amp;Last 7 recorded days</source>
        <translation>記録された直近 7 日間(&amp;L)</translation>
    </message>
    <message>
        <source>Preview on the last 7 recorded days</source>
        <translation>記録された直近 7 日間でプレビュー</translation>
    </message>
    <message>
        <source>The engine records no history, so there are no days to replay.</source>
        <translation>エンジンが履歴を記録していないため、再現できる日がありません。</translation>
    </message>
    <message>
        <source>Replay PV, building load and the cars&apos; sessions as the site&apos;s database recorded them over the last 7 days.</source>
        <translation>サイトのデータベースに記録された直近 7 日間の太陽光、建物負荷、車の充電セッションを再現します。</translation>
    </message>
    <message>
        <source>Scenario &amp;file</source>
        <translation>シナリオファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Preview on a scenario file</source>
        <translation>シナリオファイルでプレビュー</translation>
    </message>
    <message>
        <source>Replay a scenario file (parkwatt-scenario/1) instead of the recorded days.</source>
        <translation>記録された日の代わりに、シナリオファイル（parkwatt-scenario/1）を再現します。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose a scenario file</source>
        <translation>シナリオファイルを選択</translation>
    </message>
    <message>
        <source>Choose the scenario file to preview on.</source>
        <translation>プレビューに使うシナリオファイルを選択します。</translation>
    </message>
    <message>
        <source>&amp;Preview edited policy</source>
        <translation>編集したポリシーをプレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>Preview the edited policy</source>
        <translation>編集したポリシーをプレビュー</translation>
    </message>
    <message>
        <source>Run the chosen days under the current and the edited policy, side by side.</source>
        <translation>選択した期間を現在のポリシーと編集したポリシーで実行し、並べて比較します。</translation>
    </message>
    <message>
        <source>Preview progress</source>
        <translation>プレビューの進捗</translation>
    </message>
    <message>
        <source>Simulation steps done under both policies.</source>
        <translation>両方のポリシーで完了したシミュレーションステップ。</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>キャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel the preview</source>
        <translation>プレビューをキャンセル</translation>
    </message>
    <message>
        <source>Stop the preview; nothing is shown for it.</source>
        <translation>プレビューを中止します。結果は表示されません。</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>プレビューの状況</translation>
    </message>
    <message>
        <source>The preview cannot run: %1</source>
        <translation>プレビューを実行できません：%1</translation>
    </message>
    <message>
        <source>Choose a scenario file: the engine records no history to replay.</source>
        <translation>シナリオファイルを選択してください。エンジンは再現に使える履歴を記録していません。</translation>
    </message>
    <message>
        <source>Edit the policy, then preview it on the last 7 recorded days.</source>
        <translation>ポリシーを編集してから、記録された直近 7 日間でプレビューしてください。</translation>
    </message>
    <message>
        <source>Scenario &amp;file: %1</source>
        <translation>シナリオファイル(&amp;F)：%1</translation>
    </message>
    <message>
        <source>Scenario to preview on</source>
        <translation>プレビューに使うシナリオ</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>シナリオ (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading the last 7 recorded days…</source>
        <translation>記録された直近 7 日間を読み込み中…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>Choose a scenario file first.</source>
        <translation>先にシナリオファイルを選択してください。</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>プレビューをキャンセルしました。</translation>
    </message>
    <message>
        <source>Simulating %1 under both policies…</source>
        <translation>両方のポリシーで%1をシミュレーション中…</translation>
    </message>
    <message>
        <source>Previewed on %1 (%2 s).</source>
        <translation>%1でプレビューしました（%2 s）。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Previewed on %1. The policy has been edited since: preview again to see the edit.</source>
        <translation>%1でプレビューしました。その後ポリシーが編集されています。編集内容を反映するには、もう一度プレビューしてください。</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyWords</name>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>on at %1 kW</source>
        <translation>オン（%1 kW）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>自給率</translation>
    </message>
    <message>
        <source>Battery charging from the grid</source>
        <translation>系統からの蓄電池充電</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>PV only</source>
        <translation>太陽光のみ</translation>
    </message>
    <message>
        <source>Peak shaving</source>
        <translation>ピークカット</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ電源</translation>
    </message>
    <message>
        <source>Battery reserve</source>
        <translation>蓄電池予備</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Reserve time</source>
        <translation>予備時間</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>Cars in the backup reserve</source>
        <translation>バックアップ予備への車の算入</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation>V2B</translation>
    </message>
    <message>
        <source>Hard limits</source>
        <translation>厳守する制約</translation>
    </message>
    <message>
        <source>the grid connection, device ratings and every battery&apos;s and car&apos;s minimum charge are never exceeded; no car discharges without its owner&apos;s consent</source>
        <translation>系統接続の上限と機器の定格を超えず、蓄電池と車の最低残量も下回らない。所有者の同意なしに車から放電しない</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>停電</translation>
    </message>
    <message>
        <source>during a grid outage the critical load is served from PV, the battery, then consenting cars; what cannot be served is shed</source>
        <translation>系統停電中は、太陽光、蓄電池、同意済みの車の順に重要負荷へ供給し、供給しきれない分は遮断する</translation>
    </message>
    <message>
        <source>during a grid outage the critical load is served from PV and the battery; what cannot be served is shed</source>
        <translation>系統停電中は、太陽光と蓄電池から重要負荷へ供給し、供給しきれない分は遮断する</translation>
    </message>
    <message>
        <source>Departure targets</source>
        <translation>出庫時の目標</translation>
    </message>
    <message>
        <source>every car reaches the charge its driver asked for by departure, wherever physically possible</source>
        <translation>物理的に可能な限り、すべての車が出庫までにドライバーの希望した充電量に達する</translation>
    </message>
    <message>
        <source>Backup reserve</source>
        <translation>バックアップ予備</translation>
    </message>
    <message>
        <source>the battery stays at or above %1 %%2</source>
        <translation>蓄電池の残量を %1% 以上に保つ%2</translation>
    </message>
    <message>
        <source>; consenting cars&apos; charge above their floor counts toward the reserve</source>
        <translation>（同意済みの車の下限を超える充電量も予備に算入）</translation>
    </message>
    <message>
        <source>off: the battery may be used down to its minimum</source>
        <translation>オフ：蓄電池を最低残量まで使用できる</translation>
    </message>
    <message>
        <source>every 15-minute average import stays at or below %1 kW; where that is impossible, the billing peak is kept as low as it can be</source>
        <translation>15分平均買電電力を常に %1 kW 以下に抑える。不可能な場合も、課金デマンドピークをできる限り低く保つ</translation>
    </message>
    <message>
        <source>off: imports are limited only by the connection</source>
        <translation>オフ：買電は系統接続の上限によってのみ制限される</translation>
    </message>
    <message>
        <source>PV is used before the grid; the battery may charge from the grid</source>
        <translation>系統より太陽光を優先。蓄電池は系統からも充電できる</translation>
    </message>
    <message>
        <source>PV is used before the grid; the battery charges from PV only</source>
        <translation>系統より太陽光を優先。蓄電池は太陽光のみで充電する</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>import and export prices and the demand charge</source>
        <translation>買電・売電単価とデマンド料金</translation>
    </message>
    <message>
        <source>Wear</source>
        <translation>劣化</translation>
    </message>
    <message>
        <source>among otherwise equal choices, the least battery and car throughput</source>
        <translation>他の条件が同じ選択肢の中では、蓄電池と車の充放電量が最も少ないものを選ぶ</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2：%3</translation>
    </message>
    <message>
        <source>All parts that are on act at once; when they conflict, the higher one wins. %1</source>
        <translation>オンになっている要素はすべて同時に働き、競合した場合は上位のものが優先されます。%1</translation>
    </message>
    <message>
        <source>V2B is on: consenting cars may feed the building for peak shaving and self-sufficiency, never below what they need to reach their own target.</source>
        <translation>V2B はオンです：同意済みの車は、ピークカットと自給率向上のために建物へ給電できますが、自身の目標達成に必要な量を下回ることはありません。</translation>
    </message>
    <message>
        <source>V2B is off: cars feed the building only during an outage, and only when consenting cars count toward the backup reserve.</source>
        <translation>V2B はオフです：車が建物へ給電するのは停電中のみで、同意済みの車をバックアップ予備に算入する設定の場合に限られます。</translation>
    </message>
</context>
<context>
    <name>parkwatt::PowerFlowWidget</name>
    <message>
        <source>Power flows</source>
        <translation>電力フロー</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>太陽光</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>蓄電池</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>建物</translation>
    </message>
    <message>
        <source>Garage</source>
        <translation>駐車場</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>停電</translation>
    </message>
    <message>
        <source>SoC %1</source>
        <translation>充電率 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 of %2 bays</source>
        <translation>%1 / %2 区画</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>買電 %1</translation>
    </message>
    <message>
        <source>export %1</source>
        <translation>売電 %1</translation>
    </message>
    <message>
        <source>discharging %1</source>
        <translation>放電 %1</translation>
    </message>
    <message>
        <source>charging %1</source>
        <translation>充電 %1</translation>
    </message>
    <message>
        <source>charging %1, V2B %2</source>
        <translation>充電 %1、V2B %2</translation>
    </message>
    <message>
        <source>V2B %1</source>
        <translation>V2B %1</translation>
    </message>
    <message>
        <source>No cycle seen yet.</source>
        <translation>まだサイクルがありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>battery charge %1</source>
        <translation>蓄電池の充電率 %1</translation>
    </message>
    <message>
        <source>cars&apos; charge %1</source>
        <translation>車の充電率 %1</translation>
    </message>
</context>
<context>
    <name>parkwatt::PowerHistoryChart</name>
    <message>
        <source>Power today</source>
        <translation>本日の電力</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>太陽光</translation>
    </message>
    <message>
        <source>Building load</source>
        <translation>建物負荷</translation>
    </message>
    <message>
        <source>Grid (import +)</source>
        <translation>系統（買電 +）</translation>
    </message>
    <message>
        <source>EVs (charge +)</source>
        <translation>EV（充電 +）</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
</context>
<context>
    <name>parkwatt::PreviewChart</name>
    <message>
        <source>Grid import, 15-minute averages</source>
        <translation>買電電力（15分平均）</translation>
    </message>
    <message>
        <source>Current policy</source>
        <translation>現在のポリシー</translation>
    </message>
    <message>
        <source>Edited policy</source>
        <translation>編集後のポリシー</translation>
    </message>
    <message>
        <source>Edited peak limit</source>
        <translation>編集後のピーク上限</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>Grid import chart</source>
        <translation>買電グラフ</translation>
    </message>
    <message>
        <source>Grid import over the previewed period: grey under the current policy, orange under the edited one; the dashed line is the edited peak limit.</source>
        <translation>プレビュー期間の買電電力：灰色は現在のポリシー、オレンジは編集後のポリシー、破線は編集後のピーク上限です。</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation>まだプレビューがありません。</translation>
    </message>
    <message>
        <source>Grid import under the current policy peaks at %1 kW, under the edited policy at %2 kW (15-minute averages).</source>
        <translation>買電電力のピークは、現在のポリシーで %1 kW、編集後のポリシーで %2 kW です（15分平均）。</translation>
    </message>
</context>
<context>
    <name>parkwatt::PreviewKpiTable</name>
    <message>
        <source>Current policy</source>
        <translation>現在のポリシー</translation>
    </message>
    <message>
        <source>Edited policy</source>
        <translation>編集後のポリシー</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>The policy in force now.</source>
        <translation>現在適用中のポリシー。</translation>
    </message>
    <message>
        <source>The policy as edited in the form.</source>
        <translation>フォームで編集したポリシー。</translation>
    </message>
    <message>
        <source>Edited minus current; green when the edited policy does better.</source>
        <translation>編集後 − 現在。編集後のポリシーの方が良い場合は緑。</translation>
    </message>
    <message>
        <source>Preview figures</source>
        <translation>プレビューの数値</translation>
    </message>
    <message>
        <source>The preview&apos;s figures under the current and the edited policy; the change is green when the edited policy does better, red when worse.</source>
        <translation>現在のポリシーと編集後のポリシーでのプレビューの数値。変化は、編集後のポリシーの方が良い場合は緑、悪い場合は赤で表示されます。</translation>
    </message>
    <message>
        <source>Better under the edited policy</source>
        <translation>編集後のポリシーの方が良い</translation>
    </message>
    <message>
        <source>Worse under the edited policy</source>
        <translation>編集後のポリシーの方が悪い</translation>
    </message>
</context>
<context>
    <name>parkwatt::PreviewScenarioLoader</name>
    <message>
        <source>The engine records no history (it has no database), so there are no recorded days to replay. Choose a scenario file instead.</source>
        <translation>エンジンは履歴を記録していない（データベースがない）ため、再現できる記録日がありません。代わりにシナリオファイルを選択してください。</translation>
    </message>
    <message>
        <source>the %1 days recorded from %2 to %3</source>
        <translation>%2 から %3 までに記録された %1 日間</translation>
    </message>
    <message>
        <source>the scenario %1 (%2 h)</source>
        <translation>シナリオ %1（%2 時間）</translation>
    </message>
</context>
<context>
    <name>parkwatt::RegisterInspectorDialog</name>
    <message>
        <source>&amp;Read</source>
        <translation>読み取り(&amp;R)</translation>
    </message>
    <message>
        <source>Registers of %1 (%2:%3 unit %4)</source>
        <translation>%1 のレジスタ（%2:%3、ユニット %4）</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>テーブル(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>個数(&amp;C)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Word order:</source>
        <translation>ワード順(&amp;W)：</translation>
    </message>
    <message>
        <source>Writes (holding registers, function 16) are confirmed, read back and recorded in the audit trail as %1.</source>
        <translation>書き込み（ホールディングレジスタ、ファンクション 16）は、確認後に実行して読み戻し、%1 として監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>Reading only: writing needs an installer signed in to the site&apos;s database (parkwatt --commission --db FILE), or parkwattd registers write.</source>
        <translation>読み取り専用：書き込むには、サイトのデータベースに施工者としてサインインする（parkwatt --commission --db FILE）か、parkwattd registers write を使用してください。</translation>
    </message>
    <message>
        <source>value, as the type above</source>
        <translation>値（上で選択した型）</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>書き込み(&amp;W)…</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>値：</translation>
    </message>
    <message>
        <source>Write a register</source>
        <translation>レジスタへの書き込み</translation>
    </message>
    <message>
        <source>Write %1 (%2, %3) to holding register %4 of %5 (%6:%7 unit %8)?</source>
        <translation>%5（%6:%7、ユニット %8）のホールディングレジスタ %4 に %1（%2、%3）を書き込みますか？</translation>
    </message>
    <message>
        <source>not confirmed: nothing written</source>
        <translation>確認されなかったため、何も書き込んでいません</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3, read back %4%5</source>
        <translation>%1：%2 -&gt; %3、読み戻し値 %4%5</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1; NOT AUDITED: %2</source>
        <translation>%1；監査証跡に未記録：%2</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み取り中…</translation>
    </message>
    <message>
        <source>as %1 (%2 word first):</source>
        <translation>%1 として解釈（ワード順：%2）：</translation>
    </message>
    <message>
        <source>it reads back differently</source>
        <translation>読み戻した値が書き込んだ値と異なります</translation>
    </message>
    <message>
        <source>the audit trail did not take it</source>
        <translation>監査証跡に記録できませんでした</translation>
    </message>
</context>
<context>
    <name>parkwatt::RemoteSiteControl</name>
    <message>
        <source>%1:%2 (%3)</source>
        <translation>%1:%2（%3）</translation>
    </message>
    <message>
        <source>remote engine</source>
        <translation>リモートエンジン</translation>
    </message>
    <message>
        <source>the connection to the engine was lost</source>
        <translation>エンジンとの接続が失われました</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>接続が切断されました</translation>
    </message>
    <message>
        <source>not connected to the engine</source>
        <translation>エンジンに接続されていません</translation>
    </message>
    <message>
        <source>no answer from the engine within %1 s</source>
        <translation>%1 s 以内にエンジンから応答がありません</translation>
    </message>
</context>
<context>
    <name>parkwatt::ReportComparisonTable</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 ポイント</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>same</source>
        <translation>差なし</translation>
    </message>
</context>
<context>
    <name>parkwatt::ScenarioChooser</name>
    <message>
        <source>&amp;Scenario</source>
        <translation>シナリオ(&amp;S)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>The scenario to run: the built-in demo garage, a shipped scenario, or a file you opened.</source>
        <translation>実行するシナリオ：組み込みのデモ駐車場、同梱のシナリオ、または開いたファイル。</translation>
    </message>
    <message>
        <source>Demo garage (built in)</source>
        <translation>デモ駐車場（組み込み）</translation>
    </message>
    <message>
        <source>The demo garage&apos;s day: 40 bays, 80 kWp PV, a 120 kWh battery</source>
        <translation>デモ駐車場の1日：40 区画、太陽光 80 kWp、蓄電池 120 kWh</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>シナリオファイルを開く</translation>
    </message>
    <message>
        <source>Choose a scenario file (parkwatt-scenario/1) and run it.</source>
        <translation>シナリオファイル（parkwatt-scenario/1）を選択して実行します。</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>シナリオを開く</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>シナリオ (*.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>parkwatt::SessionChart</name>
    <message>
        <source>Power (kW)</source>
        <translation>電力 (kW)</translation>
    </message>
    <message>
        <source>Energy in the car (kWh)</source>
        <translation>車の電力量 (kWh)</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Session chart</source>
        <translation>充電セッションのグラフ</translation>
    </message>
</context>
<context>
    <name>parkwatt::SignInDialog</name>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P)：</translation>
    </message>
    <message>
        <source>Create the administrator of %1</source>
        <translation>%1 の管理者を作成</translation>
    </message>
    <message>
        <source>This site has no users yet. Choose the administrator&apos;s name and password (at least %1 characters); the administrator then adds the others. There is no default password.</source>
        <translation>このサイトにはまだユーザーがいません。管理者の名前とパスワード（%1 文字以上）を決めてください。その後、管理者が他のユーザーを追加します。初期パスワードはありません。</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>確認入力(&amp;A)：</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>作成してサインイン</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>%1 にサインイン</translation>
    </message>
    <message>
        <source>Sign in with your Parkwatt user to see and control this site.</source>
        <translation>このサイトを表示・制御するには、Parkwatt のユーザーでサインインしてください。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>2つのパスワードが一致しません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 Next try in %n second(s).</source>
        <translation>
            <numerusform>%1 あと %n 秒で再試行できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
</context>
<context>
    <name>parkwatt::SignInService</name>
    <message numerus="yes">
        <source>Too many failed sign-ins: wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>サインインの失敗が多すぎます。%n 秒待ってから再試行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The name or the password is not right.</source>
        <translation>名前またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>This user is disabled: ask an administrator.</source>
        <translation>このユーザーは無効化されています。管理者にお問い合わせください。</translation>
    </message>
</context>
<context>
    <name>parkwatt::SimulatorProcess</name>
    <message>
        <source>the device simulator did not announce its devices in time</source>
        <translation>機器シミュレーターが時間内に機器を通知しませんでした</translation>
    </message>
    <message>
        <source>the device simulator could not run: %1</source>
        <translation>機器シミュレーターを実行できませんでした：%1</translation>
    </message>
    <message>
        <source>the device simulator stopped (exit %1): %2</source>
        <translation>機器シミュレーターが停止しました（終了コード %1）：%2</translation>
    </message>
</context>
<context>
    <name>parkwatt::SiteBasicsPage</name>
    <message>
        <source>Bidirectional chargers (V2B)</source>
        <translation>双方向充電器（V2B）</translation>
    </message>
    <message>
        <source>The site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>The building&apos;s grid connection, its PV and battery, and the garage&apos;s bays. The import limit is a hard limit: the engine never commands more.</source>
        <translation>建物の系統接続、太陽光、蓄電池、駐車場の区画。買電上限は絶対的な上限であり、エンジンがこれを超える指令を出すことはありません。</translation>
    </message>
    <message>
        <source>3 phases</source>
        <translation>三相</translation>
    </message>
    <message>
        <source>1 phase</source>
        <translation>単相</translation>
    </message>
    <message>
        <source>e.g. Garage Nord</source>
        <translation>例：北館駐車場</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>サイト名(&amp;N)：</translation>
    </message>
    <message>
        <source>Grid &amp;import limit:</source>
        <translation>買電上限(&amp;I)：</translation>
    </message>
    <message>
        <source>Grid &amp;export limit:</source>
        <translation>売電上限(&amp;E)：</translation>
    </message>
    <message>
        <source>P&amp;hases:</source>
        <translation>相数(&amp;H)：</translation>
    </message>
    <message>
        <source>Phase &amp;voltage:</source>
        <translation>相電圧(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;PV peak power:</source>
        <translation>太陽光ピーク出力(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Battery capacity (0: none):</source>
        <translation>蓄電池容量（0：なし）(&amp;B)：</translation>
    </message>
    <message>
        <source>Battery &amp;power:</source>
        <translation>蓄電池出力(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Levels:</source>
        <translation>フロア数(&amp;L)：</translation>
    </message>
    <message>
        <source>Bays per l&amp;evel:</source>
        <translation>フロアあたりの区画数(&amp;E)：</translation>
    </message>
    <message>
        <source>Charger &amp;maximum:</source>
        <translation>充電器の最大出力(&amp;M)：</translation>
    </message>
    <message>
        <source>Charger m&amp;inimum (6 A):</source>
        <translation>充電器の最小出力（6 A）(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Discharge maximum:</source>
        <translation>最大放電出力(&amp;D)：</translation>
    </message>
    <message>
        <source>Import a site file…</source>
        <translation>サイトファイルをインポート…</translation>
    </message>
    <message>
        <source>%1 bays: L1-01 … L%2-%3.</source>
        <translation>%1 区画：L1-01 … L%2-%3。</translation>
    </message>
    <message>
        <source>%1 bays as imported.</source>
        <translation>インポートした %1 区画。</translation>
    </message>
    <message>
        <source>%1 The import limit is %2 A per phase.</source>
        <translation>%1買電上限は 1 相あたり %2 A です。</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source> V</source>
        <translation> V</translation>
    </message>
    <message>
        <source> kWp</source>
        <translation> kWp</translation>
    </message>
    <message>
        <source> kWh</source>
        <translation> kWh</translation>
    </message>
</context>
<context>
    <name>parkwatt::TodayFigures</name>
    <message>
        <source>today</source>
        <translation>本日</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 以降</translation>
    </message>
    <message>
        <source>%1; %2 missing for %3</source>
        <translation>%1、%2の欠測 %3</translation>
    </message>
    <message>
        <source>no cycle seen yet</source>
        <translation>まだサイクルがありません</translation>
    </message>
    <message>
        <source>cannot be known: grid meter missing for %1</source>
        <translation>算出不可：系統メーターの欠測 %1</translation>
    </message>
    <message>
        <source>of consumption, %1</source>
        <translation>消費電力量に占める割合、%1</translation>
    </message>
    <message>
        <source>limit %1, 15-min mean, %2</source>
        <translation>上限 %1、15分平均、%2</translation>
    </message>
    <message>
        <source>15-min mean, %1</source>
        <translation>15分平均、%1</translation>
    </message>
    <message>
        <source>grid meter</source>
        <translation>系統メーター</translation>
    </message>
    <message>
        <source>PV reading</source>
        <translation>太陽光の計測値</translation>
    </message>
    <message>
        <source>charger readings</source>
        <translation>充電器の計測値</translation>
    </message>
    <message>
        <source>V2B is off in the policy</source>
        <translation>ポリシーで V2B がオフ</translation>
    </message>
    <message>
        <source>no critical load to cover</source>
        <translation>賄うべき重要負荷なし</translation>
    </message>
    <message>
        <source>of critical load, from stored energy now</source>
        <translation>現在の蓄電量で重要負荷を賄える時間</translation>
    </message>
</context>
<context>
    <name>parkwatt::VerificationPage</name>
    <message>
        <source>&amp;Verify the chargers</source>
        <translation>充電器を検証(&amp;V)</translation>
    </message>
    <message>
        <source>Also let each watchdog expire and watch the fallback (slower)</source>
        <translation>各ウォッチドッグのタイムアウト後のフォールバック動作も確認する（時間がかかります）</translation>
    </message>
    <message>
        <source>Charger verification</source>
        <translation>充電器の検証</translation>
    </message>
    <message>
        <source>Each charger is read, its fail-safe and watchdog written and read back, and its setpoint stepped from minimum to maximum while the measured power must follow. A car (or an EV simulator) must be plugged in. Then all fallbacks together must fit the connection.</source>
        <translation>各充電器を読み取り、フェイルセーフ電流とウォッチドッグを書き込んで読み戻し、設定値を最小から最大まで段階的に変化させて、計測電力が追従することを確認します。車（または EV シミュレーター）を接続しておく必要があります。最後に、すべてのフォールバックの合計が系統接続の容量に収まることを確認します。</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>充電器</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>検査項目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) to verify. Not verified yet.</source>
        <translation>
            <numerusform>検証する充電器：%n 台。まだ検証されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no charger to verify.</source>
        <translation>検証する充電器がありません。</translation>
    </message>
    <message>
        <source>Verifying %1 (%2:%3)…</source>
        <translation>%1（%2:%3）を検証中…</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>FAIL: %1</source>
        <translation>不合格：%1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>All chargers pass</source>
        <translation>すべての充電器が合格</translation>
    </message>
    <message>
        <source>Not all chargers pass</source>
        <translation>不合格の充電器があります</translation>
    </message>
</context>
<context>
    <name>parkwatt::WhatIfChart</name>
    <message>
        <source>Uncontrolled</source>
        <translation>制御なし</translation>
    </message>
    <message>
        <source>Scenario&apos;s policy</source>
        <translation>シナリオのポリシー</translation>
    </message>
    <message>
        <source>Peak limit</source>
        <translation>ピーク上限</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>%1のグラフ</translation>
    </message>
    <message>
        <source>%1 over the scenario: grey uncontrolled, orange under the scenario&apos;s policy; the dashed line is the policy&apos;s peak limit when it has one.</source>
        <translation>シナリオ期間中の%1：灰色は制御なし、オレンジはシナリオのポリシー適用時、破線はポリシーにピーク上限がある場合のその値です。</translation>
    </message>
    <message>
        <source>Nothing run yet.</source>
        <translation>まだ実行されていません。</translation>
    </message>
    <message>
        <source>%1 peaks at %2 uncontrolled and at %3 under the scenario&apos;s policy.</source>
        <translation>%1のピークは、制御なしで %2、シナリオのポリシーで %3 です。</translation>
    </message>
</context>
<context>
    <name>parkwatt::WhatIfKpiTable</name>
    <message>
        <source>Uncontrolled</source>
        <translation>制御なし</translation>
    </message>
    <message>
        <source>Scenario&apos;s policy</source>
        <translation>シナリオのポリシー</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差</translation>
    </message>
    <message>
        <source>The baseline: every car charges at full power from arrival.</source>
        <translation>基準：すべての車が到着時から最大出力で充電します。</translation>
    </message>
    <message>
        <source>The planner and dispatcher acting out the scenario&apos;s policy.</source>
        <translation>プランナーとディスパッチャーがシナリオのポリシーに従って制御します。</translation>
    </message>
    <message>
        <source>Policy minus uncontrolled; green when the policy does better.</source>
        <translation>ポリシー − 制御なし。ポリシーの方が良い場合は緑。</translation>
    </message>
    <message>
        <source>What-if figures</source>
        <translation>What-if 分析の数値</translation>
    </message>
    <message>
        <source>The scenario&apos;s figures uncontrolled and under its policy; the difference is green when the policy does better, red when worse.</source>
        <translation>制御なしとポリシー適用時のシナリオの数値。差は、ポリシーの方が良い場合は緑、悪い場合は赤で表示されます。</translation>
    </message>
    <message>
        <source>Better under the scenario&apos;s policy</source>
        <translation>シナリオのポリシーの方が良い</translation>
    </message>
    <message>
        <source>Worse under the scenario&apos;s policy</source>
        <translation>シナリオのポリシーの方が悪い</translation>
    </message>
</context>
<context>
    <name>parkwatt::WhatIfPage</name>
    <message>
        <source>Choose a scenario and run it: it is simulated twice, with uncontrolled charging and under the scenario&apos;s policy.</source>
        <translation>シナリオを選択して実行してください。制御なしの充電と、シナリオのポリシー適用時の2通りでシミュレーションします。</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>What-if 分析</translation>
    </message>
    <message>
        <source>What a scenario&apos;s policy does against uncontrolled charging (every car at full power from arrival), simulated by the engine faster than real time.</source>
        <translation>シナリオのポリシーが、制御なしの充電（すべての車が到着時から最大出力）と比べてどう働くかを、エンジンが実時間より高速にシミュレーションします。</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the scenario</source>
        <translation>シナリオを実行</translation>
    </message>
    <message>
        <source>Simulate the chosen scenario uncontrolled and under its policy (Ctrl+R).</source>
        <translation>選択したシナリオを、制御なしとそのポリシー適用時でシミュレーションします（Ctrl+R）。</translation>
    </message>
    <message>
        <source>What-if progress</source>
        <translation>What-if 分析の進捗</translation>
    </message>
    <message>
        <source>Simulation steps done under both controllers.</source>
        <translation>両方の制御方式で完了したシミュレーションステップ。</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>キャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>実行をキャンセル</translation>
    </message>
    <message>
        <source>Stop the run (Esc); the previous result stays.</source>
        <translation>実行を中止します（Esc）。前回の結果は残ります。</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>レポートをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <source>Save the comparison as a simulation report (parkwatt-report/1, JSON), the uncontrolled figures nested under &quot;baseline&quot;.</source>
        <translation>比較結果をシミュレーションレポート（parkwatt-report/1、JSON）として保存します。制御なしの数値は &quot;baseline&quot; の下に格納されます。</translation>
    </message>
    <message>
        <source>What-if status</source>
        <translation>What-if 分析の状況</translation>
    </message>
    <message>
        <source>Scenario shown</source>
        <translation>表示中のシナリオ</translation>
    </message>
    <message>
        <source>The scenario&apos;s policy</source>
        <translation>シナリオのポリシー</translation>
    </message>
    <message>
        <source>Run a scenario to see the policy it is run under.</source>
        <translation>シナリオを実行すると、適用されるポリシーが表示されます。</translation>
    </message>
    <message>
        <source>What the planner and dispatcher were asked to do in the policy run, parts in priority order.</source>
        <translation>ポリシー適用時の実行でプランナーとディスパッチャーに指示された内容（各要素を優先順位順に表示）。</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>買電電力</translation>
    </message>
    <message>
        <source>EV charging</source>
        <translation>EV 充電電力</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source> The result of %1 is still shown.</source>
        <translation>%1 の結果は引き続き表示されています。</translation>
    </message>
    <message>
        <source>Simulating %1: %2 steps uncontrolled, then as many under its policy…</source>
        <translation>%1 をシミュレーション中：制御なしで %2 ステップ、続いてポリシー適用時で同数のステップ…</translation>
    </message>
    <message>
        <source>%1 (%2): %3 h from %4, %5 chargers, %6 car sessions.</source>
        <translation>%1（%2）：%4 から %3 時間、充電器 %5 台、充電セッション %6 件。</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <source>Done. The scenario&apos;s policy changes the billing peak by %1 and meets %2 of %3 EV targets (uncontrolled: %4).</source>
        <translation>完了しました。シナリオのポリシーにより課金デマンドピークが %1 変化し、EV の目標を %3 件中 %2 件達成しました（制御なし：%4 件）。</translation>
    </message>
    <message>
        <source>Cannot run this scenario: %1.</source>
        <translation>このシナリオを実行できません：%1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>レポートを %1 に書き込みました。</translation>
    </message>
    <message>
        <source>Export the what-if report</source>
        <translation>What-if 分析レポートのエクスポート</translation>
    </message>
    <message>
        <source>Reports (*.json)</source>
        <translation>レポート (*.json)</translation>
    </message>
</context>
</TS>
