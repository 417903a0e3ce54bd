<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
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
</TS>
