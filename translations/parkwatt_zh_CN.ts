<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ControlRoomPages</name>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Recorded history of %1</source>
        <translation>%1 的历史记录</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Self-sufficiency, peak shaving, backup and V2B: edit, preview, apply, undo</source>
        <translation>自给自足、削峰、备用电源和 V2B：编辑、预览、应用、撤销</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>假设分析</translation>
    </message>
    <message>
        <source>Run a scenario under its policy and uncontrolled, and compare</source>
        <translation>按场景策略和无序充电分别运行场景并进行比较</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Alarms and events, with acknowledgement</source>
        <translation>告警和事件，支持确认</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Every device: online, last answer, round-trip time, errors, firmware</source>
        <translation>所有设备：在线状态、最近应答、往返时间、错误、固件</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>this event was acknowledged by %1 already</source>
        <translation>此事件已由 %1 确认</translation>
    </message>
    <message>
        <source>there is no event %1 (it may have been cleared and dropped from the list)</source>
        <translation>不存在事件 %1（它可能已解除并从列表中移除）</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>%1: could not write the image</source>
        <translation>%1：无法写入图像</translation>
    </message>
</context>
<context>
    <name>HistorySeries</name>
    <message>
        <source>Grid</source>
        <translation>电网</translation>
    </message>
    <message>
        <source>PV used</source>
        <translation>已用光伏</translation>
    </message>
    <message>
        <source>Building load</source>
        <translation>楼宇负荷</translation>
    </message>
    <message>
        <source>EV charging</source>
        <translation>电动车充电</translation>
    </message>
    <message>
        <source>EV discharging (V2B)</source>
        <translation>电动车放电（V2B）</translation>
    </message>
    <message>
        <source>Battery SoC</source>
        <translation>电池电量（SoC）</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: no history recorded yet</source>
        <translation>%1：尚无历史记录</translation>
    </message>
    <message>
        <source>%1: less than 15 minutes of history recorded</source>
        <translation>%1：记录的历史不足 15 分钟</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1：无法写入报告：%2</translation>
    </message>
</context>
<context>
    <name>ReasonText</name>
    <message>
        <source>departs %1, needs %2 kWh</source>
        <extracomment>Part of a charger&apos;s reason: %1 the car&apos;s departure time (08:30), %2 the energy it still needs.</extracomment>
        <translation>%1 离场，还需 %2 kWh</translation>
    </message>
    <message>
        <source>grid limit %1 kW</source>
        <extracomment>Part of a charger&apos;s reason: the grid connection&apos;s import limit.</extracomment>
        <translation>电网限值 %1 kW</translation>
    </message>
    <message>
        <source>peak limit %1 kW</source>
        <extracomment>Part of a charger&apos;s reason: the peak-shaving import target.</extracomment>
        <translation>峰值限值 %1 kW</translation>
    </message>
    <message>
        <source>no EV</source>
        <translation>无电动车</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>offline: counted at fail-safe %1 kW</source>
        <extracomment>The charger does not answer; its fail-safe draw is counted as load.</extracomment>
        <translation>离线：按故障安全功率 %1 kW 计入</translation>
    </message>
    <message>
        <source>held at %1 kW (changes at most every %2 s), wants %3 kW</source>
        <extracomment>Setpoint held by the rate limit: %1 held power, %2 seconds between changes, %3 power wanted.</extracomment>
        <translation>保持在 %1 kW（最多每 %2 秒调整一次），需求 %3 kW</translation>
    </message>
    <message>
        <source>outage: critical load, %1 kW</source>
        <extracomment>Grid outage: the car discharges (negative kW) to serve the critical load.</extracomment>
        <translation>停电：关键负荷，%1 kW</translation>
    </message>
    <message>
        <source>outage: %1 kW to cars that must leave charged</source>
        <extracomment>Grid outage: the car discharges (negative kW) for other cars that must leave charged.</extracomment>
        <translation>停电：%1 kW 供给需充好电离场的车辆</translation>
    </message>
    <message>
        <source>V2B: grid limit %1 kW, %2 kW</source>
        <extracomment>Vehicle-to-building discharge: %1 the grid import limit, %2 the (negative) power.</extracomment>
        <translation>V2B：电网限值 %1 kW，%2 kW</translation>
    </message>
    <message>
        <source>V2B: shaving peak %1 kW, %2 kW</source>
        <extracomment>Vehicle-to-building discharge: %1 the peak-shaving target, %2 the (negative) power.</extracomment>
        <translation>V2B：削峰至 %1 kW，%2 kW</translation>
    </message>
    <message>
        <source>V2B: plan, %1 kW</source>
        <extracomment>Vehicle-to-building discharge as planned: %1 the (negative) power.</extracomment>
        <translation>V2B：按计划，%1 kW</translation>
    </message>
    <message>
        <source>outage: %1: %2 kW (critical load covered for %3 h)</source>
        <extracomment>Grid outage: %1 is &quot;departs 08:30, needs 12 kWh&quot; (translated on its own), %2 the power, %3 the hours the critical load is covered for.</extracomment>
        <translation>停电：%1：%2 kW（关键负荷可保障 %3 小时）</translation>
    </message>
    <message>
        <source>outage: PV surplus, %1 kW</source>
        <translation>停电：光伏余电，%1 kW</translation>
    </message>
    <message>
        <source>outage: no charging</source>
        <translation>停电：不充电</translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>已达目标</translation>
    </message>
    <message>
        <source>vehicle accepts no charge</source>
        <translation>车辆不接受充电</translation>
    </message>
    <message>
        <source>cannot charge: minimum %1 kW above its %2 kW limit</source>
        <extracomment>The charger&apos;s minimum power is above the most the car or charger takes.</extracomment>
        <translation>无法充电：最小功率 %1 kW 高于其 %2 kW 上限</translation>
    </message>
    <message>
        <source>battery full</source>
        <translation>电池已满</translation>
    </message>
    <message>
        <source>plan: %1 kW above target</source>
        <extracomment>The car has reached its target and charges on as planned.</extracomment>
        <translation>计划：已达目标，继续 %1 kW</translation>
    </message>
    <message>
        <source>PV surplus, %1 kW</source>
        <translation>光伏余电，%1 kW</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3 kW (%4)</source>
        <extracomment>%1 is &quot;grid limit 400 kW&quot; or &quot;peak limit 120 kW&quot; (translated on their own), %2 the power the car needs, %3 the power it gets, %4 &quot;departs 08:30, needs 12 kWh&quot;.</extracomment>
        <translation>%1：%2 → %3 kW（%4）</translation>
    </message>
    <message>
        <source>%1: full power</source>
        <extracomment>%1 is &quot;departs 08:30, needs 12 kWh&quot; (translated on its own): the car charges at full power.</extracomment>
        <translation>%1：全功率</translation>
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
        <translation>提前于计划，低于已计费的 %1 kW 峰值：%2 kW</translation>
    </message>
    <message>
        <source>plan: %1 kW on average, at the %2 kW minimum now</source>
        <extracomment>A planned average below the charger&apos;s minimum, run at the minimum now.</extracomment>
        <translation>计划：平均 %1 kW，现以最小功率 %2 kW 充电</translation>
    </message>
    <message>
        <source>plan: %1 kW on average, at the %2 kW minimum later</source>
        <extracomment>A planned average below the charger&apos;s minimum, run at the minimum later.</extracomment>
        <translation>计划：平均 %1 kW，稍后以最小功率 %2 kW 充电</translation>
    </message>
    <message>
        <source>plan: %1 kW</source>
        <translation>计划：%1 kW</translation>
    </message>
    <message>
        <source>plan: later</source>
        <extracomment>The plan charges this car later.</extracomment>
        <translation>计划：稍后充电</translation>
    </message>
    <message>
        <source>needs %1 kWh: full power</source>
        <translation>还需 %1 kWh：全功率</translation>
    </message>
    <message>
        <source>needs %1 kWh: %2 kW</source>
        <translation>还需 %1 kWh：%2 kW</translation>
    </message>
    <message>
        <source>grid meter lost: ramping down %1 -&gt; %2 kW</source>
        <extracomment>The grid meter is not read: the charger ramps down from %1 to %2 kW.</extracomment>
        <translation>电网电表失联：逐步降低 %1 → %2 kW</translation>
    </message>
    <message>
        <source>paused by %1</source>
        <extracomment>%1 the user who paused the bay.</extracomment>
        <translation>已被 %1 暂停</translation>
    </message>
    <message>
        <source>charge now (override by %1): %2</source>
        <extracomment>%1 the user who set the override, %2 the engine&apos;s reason (translated on its own).</extracomment>
        <translation>立即充电（%1 手动干预）：%2</translation>
    </message>
    <message>
        <source>charge now (override by %1)</source>
        <extracomment>%1 the user who set the override.</extracomment>
        <translation>立即充电（%1 手动干预）</translation>
    </message>
</context>
<context>
    <name>SignedInStation</name>
    <message>
        <source>nobody signed in</source>
        <translation>无人登录</translation>
    </message>
</context>
<context>
    <name>StartOptions</name>
    <message>
        <source>Parkwatt: energy management for buildings with an EV garage. Without options, runs the built-in demo garage: parkwatt-sim serves its chargers, meters, PV inverter and battery over Modbus TCP on this machine and the engine controls them as it would a real site.</source>
        <translation>Parkwatt：面向配有电动车车库的楼宇的能源管理。不带选项时运行内置演示车库：parkwatt-sim 在本机通过 Modbus TCP 提供其充电桩、电表、光伏逆变器和储能电池，引擎像控制真实站点一样控制它们。</translation>
    </message>
    <message>
        <source>Run the built-in demo garage (the default).</source>
        <translation>运行内置演示车库（默认）。</translation>
    </message>
    <message>
        <source>Control this site (parkwatt-site/1) over Modbus TCP from this program.</source>
        <translation>由本程序通过 Modbus TCP 控制此站点（parkwatt-site/1）。</translation>
    </message>
    <message>
        <source>The site&apos;s database: the engine records into it and the History page shows it (the demo uses a temporary one without this).</source>
        <translation>站点数据库：引擎将数据记录到其中，“历史”页面显示这些数据（不指定时，演示使用临时数据库）。</translation>
    </message>
    <message>
        <source>A folder of extra device profiles.</source>
        <translation>附加设备配置文件所在的文件夹。</translation>
    </message>
    <message>
        <source>Where the controller lock lives (default: the runtime directory).</source>
        <translation>控制器锁文件的位置（默认：运行时目录）。</translation>
    </message>
    <message>
        <source>Your role until sign-in arrives: viewer, manager (default), installer or admin. Checked by the engine for every command.</source>
        <translation>登录功能提供之前您的角色：viewer、manager（默认）、installer 或 admin。引擎会对每条命令进行检查。</translation>
    </message>
    <message>
        <source>Your name in the audit trail (default: the login).</source>
        <translation>您在审计日志中的名称（默认：登录名）。</translation>
    </message>
    <message>
        <source>The demo&apos;s simulated seconds per second (default 10).</source>
        <translation>演示中每秒对应的模拟秒数（默认 10）。</translation>
    </message>
    <message>
        <source>Where the demo&apos;s day begins (default 07:00).</source>
        <translation>演示一天的开始时间（默认 07:00）。</translation>
    </message>
    <message>
        <source>Start, run a few cycles, check the window, and quit (exit 0 when healthy).</source>
        <translation>启动，运行几个控制周期，检查窗口，然后退出（正常时退出码为 0）。</translation>
    </message>
    <message>
        <source>Write one PNG of every page (1600x1000) into DIR after a few cycles, and quit. The demo then begins at 13:00 unless --start-at says otherwise.</source>
        <translation>运行几个控制周期后，将每个页面各保存为一张 PNG（1600x1000）到 DIR 中，然后退出。此时演示从 13:00 开始，除非 --start-at 另行指定。</translation>
    </message>
    <message>
        <source>Start in this language: en, de, fr, zh_CN or ja (default: the system&apos;s, or the one last chosen in the control room&apos;s View menu).</source>
        <translation>以此语言启动：en、de、fr、zh_CN 或 ja（默认：系统语言，或上次在控制室“视图”菜单中选择的语言）。</translation>
    </message>
    <message>
        <source>Serve the engine&apos;s API (docs/api.md) for remote control rooms and kiosks on PORT (loopback) or ADDRESS:PORT.</source>
        <translation>在 PORT（本机回环）或 ADDRESS:PORT 上提供引擎的 API（docs/api.md），供远程控制室和自助终端使用。</translation>
    </message>
    <message>
        <source>Where the API&apos;s certificate and tokens are kept (default: the user&apos;s data folder, parkwatt/api).</source>
        <translation>API 证书和令牌的存放位置（默认：用户数据文件夹下的 parkwatt/api）。</translation>
    </message>
    <message>
        <source>Attach to the engine at HOST:PORT over the network instead of running one.</source>
        <translation>通过网络连接到 HOST:PORT 上的引擎，而不是自行运行引擎。</translation>
    </message>
    <message>
        <source>With --connect: your role&apos;s API token (or PARKWATT_TOKEN in the environment).</source>
        <translation>与 --connect 配合使用：您所属角色的 API 令牌（或环境变量 PARKWATT_TOKEN）。</translation>
    </message>
    <message>
        <source>With --connect: read the API token from FILE (keeps it out of the process list).</source>
        <translation>与 --connect 配合使用：从 FILE 读取 API 令牌（使其不出现在进程列表中）。</translation>
    </message>
    <message>
        <source>With --connect: the engine&apos;s certificate SHA-256 fingerprint, as parkwattd run prints it.</source>
        <translation>与 --connect 配合使用：引擎证书的 SHA-256 指纹，即 parkwattd run 所输出的指纹。</translation>
    </message>
    <message>
        <source>Run the lobby kiosk (fullscreen, locked, for drivers and visitors) instead of the control room; with --connect, attached to an engine on another machine (docs/kiosk.md).</source>
        <translation>运行大堂自助终端（全屏、锁定，供车主和访客使用），而不是控制室；与 --connect 配合使用时，连接到另一台机器上的引擎（docs/kiosk.md）。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s settings: manager PIN, bay PINs, driver input, timings (parkwatt-kiosk/1).</source>
        <translation>自助终端的设置：管理员 PIN、车位 PIN、车主输入、时间设置（parkwatt-kiosk/1）。</translation>
    </message>
    <message>
        <source>Read a PIN from standard input and print its hash for a kiosk file, then quit.</source>
        <translation>从标准输入读取一个 PIN，输出其哈希值以供自助终端配置文件使用，然后退出。</translation>
    </message>
    <message>
        <source>With --site and --db: sign the operator off after MINUTES without input (default 15).</source>
        <translation>与 --site 和 --db 配合使用：无操作 MINUTES 分钟后注销操作员（默认 15）。</translation>
    </message>
    <message>
        <source>Open the commissioning wizard for installers (with --site FILE: that site file imported); it saves a site file for parkwattd run. With --db FILE the installer signs in to the site&apos;s database and the register inspector may write, each write audited (docs/commissioning.md).</source>
        <translation>为安装人员打开调试向导（使用 --site FILE 时导入该站点文件）；向导会保存供 parkwattd run 使用的站点文件。使用 --db FILE 时，安装人员登录站点数据库，寄存器检查器可以写入，每次写入均记入审计日志（docs/commissioning.md）。</translation>
    </message>
    <message>
        <source>--token-file %1: cannot read: %2</source>
        <translation>--token-file %1：无法读取：%2</translation>
    </message>
    <message>
        <source>--idle-logoff %1: expected minutes from 0.05 to 1440</source>
        <translation>--idle-logoff %1：应为 0.05 到 1440 之间的分钟数</translation>
    </message>
    <message>
        <source>--commission excludes --kiosk and --connect</source>
        <translation>--commission 不能与 --kiosk 和 --connect 同时使用</translation>
    </message>
    <message>
        <source>--kiosk-config needs --kiosk</source>
        <translation>--kiosk-config 需要配合 --kiosk 使用</translation>
    </message>
    <message>
        <source>--demo, --site and --connect exclude each other</source>
        <translation>--demo、--site 和 --connect 不能同时使用</translation>
    </message>
    <message>
        <source>--connect needs --token, --token-file or PARKWATT_TOKEN, and --fingerprint</source>
        <translation>--connect 需要 --token、--token-file 或 PARKWATT_TOKEN，以及 --fingerprint</translation>
    </message>
    <message>
        <source>--role %1: expected viewer, manager, installer or admin</source>
        <translation>--role %1：应为 viewer、manager、installer 或 admin</translation>
    </message>
    <message>
        <source>--speed %1: expected a number above 0 and at most 3600</source>
        <translation>--speed %1：应为大于 0 且不超过 3600 的数字</translation>
    </message>
    <message>
        <source>--start-at %1: expected HH:MM</source>
        <translation>--start-at %1：应为 HH:MM</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The API cannot start</source>
        <translation>API 无法启动</translation>
    </message>
    <message>
        <source>The kiosk cannot start</source>
        <translation>自助终端无法启动</translation>
    </message>
    <message>
        <source>The demo cannot start</source>
        <translation>演示无法启动</translation>
    </message>
    <message>
        <source>Preparing the demo: recording the garage&apos;s last %1 days… %2 %</source>
        <translation>正在准备演示：正在记录车库最近 %1 天的数据… %2 %</translation>
    </message>
    <message>
        <source>Cannot control the site</source>
        <translation>无法控制站点</translation>
    </message>
    <message>
        <source>in this program, %1</source>
        <translation>本程序内运行，%1</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>The engine refused this control room</source>
        <translation>引擎拒绝了此控制室</translation>
    </message>
    <message>
        <source>%1: no answer from an engine within 15 s (is parkwattd run --api running there, and is the fingerprint right?)</source>
        <translation>%1：15 s 内没有引擎应答（该主机上是否正在运行 parkwattd run --api？指纹是否正确？）</translation>
    </message>
    <message>
        <source>The site file cannot be imported</source>
        <translation>无法导入站点文件</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>无法登录</translation>
    </message>
    <message>
        <source>Parkwatt cannot start</source>
        <translation>Parkwatt 无法启动</translation>
    </message>
    <message>
        <source>--language %1: expected one of %2</source>
        <translation>--language %1：应为以下之一：%2</translation>
    </message>
</context>
<context>
    <name>parkwatt</name>
    <message>
        <source>Billing peak</source>
        <translation>计费峰值</translation>
    </message>
    <message>
        <source>The largest 15-minute average grid import (what a demand charge bills).</source>
        <translation>15 分钟平均购电功率的最大值（需量电费据此计费）。</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>自给率</translation>
    </message>
    <message>
        <source>1 − grid import ÷ (building load + energy into the cars).</source>
        <translation>1 − 购电量 ÷（楼宇负荷 + 充入车辆的电量）。</translation>
    </message>
    <message>
        <source>Self-consumption</source>
        <translation>自用率</translation>
    </message>
    <message>
        <source>Share of the PV energy available that was used on site.</source>
        <translation>可用光伏电量中在现场使用的比例。</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>购电量</translation>
    </message>
    <message>
        <source>Energy bought from the grid.</source>
        <translation>从电网购买的电量。</translation>
    </message>
    <message>
        <source>Grid export</source>
        <translation>馈电量</translation>
    </message>
    <message>
        <source>Energy fed into the grid.</source>
        <translation>馈入电网的电量。</translation>
    </message>
    <message>
        <source>PV used on site</source>
        <translation>现场光伏用量</translation>
    </message>
    <message>
        <source>PV energy used by the building, the battery and the cars.</source>
        <translation>楼宇、储能电池和车辆使用的光伏电量。</translation>
    </message>
    <message>
        <source>EV energy charged</source>
        <translation>电动车充电量</translation>
    </message>
    <message>
        <source>Energy into the cars.</source>
        <translation>充入车辆的电量。</translation>
    </message>
    <message>
        <source>EV targets met</source>
        <translation>电动车达标数</translation>
    </message>
    <message>
        <source>Cars that left with the charge their drivers asked for.</source>
        <translation>离场时达到车主要求电量的车辆。</translation>
    </message>
    <message>
        <source>EV energy short</source>
        <translation>电动车电量缺口</translation>
    </message>
    <message>
        <source>Energy the cars still lacked at departure.</source>
        <translation>车辆离场时仍欠缺的电量。</translation>
    </message>
    <message>
        <source>V2B energy</source>
        <translation>V2B 电量</translation>
    </message>
    <message>
        <source>Energy the cars gave back to the building.</source>
        <translation>车辆回馈给楼宇的电量。</translation>
    </message>
    <message>
        <source>Battery cycles</source>
        <translation>电池循环次数</translation>
    </message>
    <message>
        <source>Equivalent full cycles of the stationary battery (wear).</source>
        <translation>储能电池的等效完整循环次数（损耗）。</translation>
    </message>
    <message>
        <source>Critical load unserved</source>
        <translation>未供关键负荷</translation>
    </message>
    <message>
        <source>Critical load that had to be shed during outages.</source>
        <translation>停电期间不得不切除的关键负荷。</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Energy cost plus demand charge minus export revenue, in the scenario&apos;s currency.</source>
        <translation>电能费用加需量电费减馈电收入，以场景所用货币计。</translation>
    </message>
    <message>
        <source>Import-limit violations</source>
        <translation>超出购电限值次数</translation>
    </message>
    <message>
        <source>Simulation steps above the connection&apos;s import limit.</source>
        <translation>超出接入点购电限值的仿真步数。</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>plugged</source>
        <translation>已插枪</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>充电中</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation>V2B</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>已达目标</translation>
    </message>
    <message>
        <source>target on track</source>
        <translation>有望按时达标</translation>
    </message>
    <message>
        <source>target at risk: %1 short</source>
        <translation>目标有风险：差 %1</translation>
    </message>
    <message>
        <source>target outlook unknown</source>
        <translation>能否达标未知</translation>
    </message>
</context>
<context>
    <name>parkwatt::AboutDialog</name>
    <message>
        <source>About Parkwatt</source>
        <translation>关于 Parkwatt</translation>
    </message>
    <message>
        <source>Parkwatt %1</source>
        <translation>Parkwatt %1</translation>
    </message>
    <message>
        <source>Energy management for buildings with PV, a battery and a garage of electric cars: every driver charged by departure, the building&apos;s peaks shaved, its critical loads kept up in an outage.

Built with Qt %1 on %2. Licence: %3.</source>
        <translation>面向配有光伏、储能电池和电动车车库的楼宇的能源管理：每位车主的车辆都在离场前充好电，楼宇的用电峰值得到削减，停电时关键负荷持续供电。

基于 Qt %1 构建，构建平台：%2。许可证：%3。</translation>
    </message>
    <message>
        <source>Parkwatt is built on these libraries, under their licences:</source>
        <translation>Parkwatt 基于以下库构建，并遵循其各自的许可证：</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>parkwatt::AssignmentPage</name>
    <message>
        <source>Chargers and bays</source>
        <translation>充电桩与车位</translation>
    </message>
    <message>
        <source>The bay each charger serves. The engine shares the connection between bays, so a charger on the wrong bay would charge someone else&apos;s car.</source>
        <translation>每个充电桩所服务的车位。引擎在各车位之间分配接入点容量，因此充电桩对应到错误的车位会给别人的车充电。</translation>
    </message>
    <message>
        <source>Bay of %1</source>
        <translation>%1 的车位</translation>
    </message>
    <message>
        <source>%1 (%2, %3:%4):</source>
        <translation>%1（%2，%3:%4）：</translation>
    </message>
    <message>
        <source>%1 charger device(s) for %2 bay(s).</source>
        <translation>%1 台充电桩设备，对应 %2 个车位。</translation>
    </message>
    <message>
        <source>Bay %1 has two chargers: %2 and %3</source>
        <translation>%1 号车位有两个充电桩：%2 和 %3</translation>
    </message>
    <message>
        <source>A bay is taken twice</source>
        <translation>车位被重复分配</translation>
    </message>
</context>
<context>
    <name>parkwatt::BayDetailPanel</name>
    <message>
        <source>Bay detail</source>
        <translation>车位详情</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Power now</source>
        <translation>当前功率</translation>
    </message>
    <message>
        <source>Setpoint</source>
        <translation>设定值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>充电会话</translation>
    </message>
    <message>
        <source>Car&apos;s energy</source>
        <translation>车辆电量</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>离场</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation>V2B</translation>
    </message>
    <message>
        <source>No bay chosen</source>
        <translation>未选择车位</translation>
    </message>
    <message>
        <source>Choose a bay on the left.</source>
        <translation>请在左侧选择车位。</translation>
    </message>
    <message>
        <source>Bay %1</source>
        <translation>%1 号车位</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1，自 %2 起</translation>
    </message>
    <message>
        <source>no car</source>
        <translation>无车</translation>
    </message>
    <message>
        <source>%1 (%2), target %3 (%4)</source>
        <translation>%1（%2），目标 %3（%4）</translation>
    </message>
    <message>
        <source>one-way charger</source>
        <translation>单向充电桩</translation>
    </message>
    <message>
        <source>owner consents</source>
        <translation>车主同意</translation>
    </message>
    <message>
        <source>owner does not consent</source>
        <translation>车主不同意</translation>
    </message>
    <message>
        <source>bidirectional</source>
        <translation>双向</translation>
    </message>
</context>
<context>
    <name>parkwatt::BayOverrideBar</name>
    <message>
        <source>charge now</source>
        <translation>立即充电</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Charge now</source>
        <translation>立即充电</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Charge this car at full power until it is full, before every other car (the connection limit still holds)</source>
        <translation>以全功率为此车充电直至充满，优先于其他所有车辆（仍遵守接入点限值）</translation>
    </message>
    <message>
        <source>Neither charge nor discharge this car until released</source>
        <translation>在解除之前，既不为此车充电也不让其放电</translation>
    </message>
    <message>
        <source>Let the engine decide again for this bay</source>
        <translation>让引擎重新为此车位做决定</translation>
    </message>
    <message>
        <source>Overrides need an engine that takes commands.</source>
        <translation>手动干预需要可接受命令的引擎。</translation>
    </message>
    <message>
        <source>Overrides need the manager role; you are signed in as %1 (%2).</source>
        <translation>手动干预需要管理者（manager）角色；您当前的登录身份为 %1（%2）。</translation>
    </message>
    <message>
        <source>Choose a bay.</source>
        <translation>请选择车位。</translation>
    </message>
    <message>
        <source>No car is plugged in at %1.</source>
        <translation>%1 没有已插枪的车辆。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;Refused: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;被拒绝：%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>No override: the engine decides. Overrides are recorded in the audit trail.</source>
        <translation>无手动干预：由引擎决定。手动干预会记录在审计日志中。</translation>
    </message>
    <message>
        <source>Override: &lt;b&gt;%1&lt;/b&gt;, until released or the car leaves.</source>
        <translation>手动干预：&lt;b&gt;%1&lt;/b&gt;，直至解除或车辆离场。</translation>
    </message>
</context>
<context>
    <name>parkwatt::BayTileDelegate</name>
    <message>
        <source>not answering</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>leaves %1</source>
        <translation>%1 离场</translation>
    </message>
    <message>
        <source>departure unknown</source>
        <translation>离场时间未知</translation>
    </message>
    <message>
        <source>✓ target</source>
        <translation>✓ 已达标</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>可按时达标</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>?</source>
        <translation>？</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
</context>
<context>
    <name>parkwatt::CommissioningWizard</name>
    <message>
        <source>Commission a site</source>
        <translation>调试站点</translation>
    </message>
    <message>
        <source>Import a site file</source>
        <translation>导入站点文件</translation>
    </message>
    <message>
        <source>Site files (*.json)</source>
        <translation>站点文件 (*.json)</translation>
    </message>
    <message>
        <source>The site file cannot be imported</source>
        <translation>无法导入站点文件</translation>
    </message>
    <message>
        <source>Commission a site (%1, %2)</source>
        <translation>调试站点（%1，%2）</translation>
    </message>
</context>
<context>
    <name>parkwatt::ControlRoomWindow</name>
    <message>
        <source>Parkwatt – %1 (simulated)</source>
        <translation>Parkwatt – %1（模拟）</translation>
    </message>
    <message>
        <source>Parkwatt – %1</source>
        <translation>Parkwatt – %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Connection to the engine</source>
        <translation>与引擎的连接</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Power flows, today&apos;s figures, the policy and open alarms</source>
        <translation>功率流、今日数据、策略和未处理告警</translation>
    </message>
    <message>
        <source>Garage</source>
        <translation>车库</translation>
    </message>
    <message>
        <source>Every bay: state, power, charge, departure, and a bay in detail</source>
        <translation>所有车位：状态、功率、电量、离场时间，以及单个车位的详情</translation>
    </message>
    <message>
        <source>Engine: not attached</source>
        <translation>引擎：未连接</translation>
    </message>
    <message>
        <source>How long the engine&apos;s last cycle took: read every device, decide, write</source>
        <translation>引擎上一个控制周期的耗时：读取所有设备、决策、写入</translation>
    </message>
    <message>
        <source>When the engine last sent setpoints to chargers</source>
        <translation>引擎最近一次向充电桩发送设定值的时间</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Light or dark, or as the system is</source>
        <translation>浅色、深色或跟随系统</translation>
    </message>
    <message>
        <source>System theme</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source> What you see is from %1, site time.</source>
        <translation>当前显示的是站点时间 %1 的数据。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The engine is out of reach&lt;/b&gt;%1. Reconnecting by itself…%2</source>
        <translation>&lt;b&gt;无法连接引擎&lt;/b&gt;%1。正在自动重新连接…%2</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>引擎：%1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;Engine disconnected&lt;/b&gt;%1</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;引擎已断开&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>waiting for the first cycle</source>
        <translation>等待第一个控制周期</translation>
    </message>
    <message>
        <source>Site time %1</source>
        <translation>站点时间 %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;no cycle for %1 s&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;已 %1 s 无控制周期&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 cycles</source>
        <translation>%1 个周期</translation>
    </message>
    <message>
        <source>cycle %1 ms</source>
        <translation>周期 %1 ms</translation>
    </message>
    <message>
        <source>no setpoint written yet</source>
        <translation>尚未写入设定值</translation>
    </message>
    <message>
        <source>last write %1 (%2)</source>
        <translation>上次写入 %1（%2）</translation>
    </message>
    <message>
        <source>1 setpoint</source>
        <translation>1 个设定值</translation>
    </message>
    <message>
        <source>%1 setpoints</source>
        <translation>%1 个设定值</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;grid outage&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;电网停电&lt;/b&gt;</translation>
    </message>
    <message>
        <source>grid connected</source>
        <translation>电网已连接</translation>
    </message>
    <message>
        <source>, &lt;b style=&apos;color:#c62828&apos;&gt;%1 not answering&lt;/b&gt;</source>
        <translation>，&lt;b style=&apos;color:#c62828&apos;&gt;%1无响应&lt;/b&gt;</translation>
    </message>
    <message>
        <source>1 device</source>
        <translation>1 台设备</translation>
    </message>
    <message>
        <source>%1 devices</source>
        <translation>%1 台设备</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Parkwatt &amp;Help</source>
        <translation>Parkwatt 帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Parkwatt</source>
        <translation>关于 Parkwatt(&amp;A)</translation>
    </message>
</context>
<context>
    <name>parkwatt::DailyEnergyChart</name>
    <message>
        <source>Energy per day (kWh)</source>
        <translation>每日电量 (kWh)</translation>
    </message>
    <message>
        <source>Daily energy</source>
        <translation>每日电量</translation>
    </message>
    <message>
        <source>PV used</source>
        <translation>已用光伏</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>购电</translation>
    </message>
    <message>
        <source>EV charged</source>
        <translation>电动车充电</translation>
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
        <translation>扫描发现(&amp;D)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>The meters, inverters, battery and chargers the engine reads and controls over Modbus TCP. Discover them on an address range, or add them by hand.</source>
        <translation>引擎通过 Modbus TCP 读取和控制的电表、逆变器、储能电池和充电桩。可在地址范围内扫描发现，也可手动添加。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>192.168.1.0/24 or 192.168.1.10-40</source>
        <translation>192.168.1.0/24 或 192.168.1.10-40</translation>
    </message>
    <message>
        <source>&amp;Addresses:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Inspect registers…</source>
        <translation>检查寄存器…</translation>
    </message>
    <message>
        <source>Choose a complete device row to inspect.</source>
        <translation>请选择一行信息完整的设备进行检查。</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>%1: the id is empty</source>
        <translation>%1：ID 为空</translation>
    </message>
    <message>
        <source>%1 (%2): role must be grid_meter, pv_inverter, battery, charger or load_meter</source>
        <translation>%1（%2）：角色必须是 grid_meter、pv_inverter、battery、charger 或 load_meter</translation>
    </message>
    <message>
        <source>%1 (%2): no profile</source>
        <translation>%1（%2）：没有配置文件</translation>
    </message>
    <message>
        <source>%1 (%2): no host</source>
        <translation>%1（%2）：没有主机</translation>
    </message>
    <message>
        <source>%1 (%2): port must be 1 to 65535</source>
        <translation>%1（%2）：端口必须在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>%1 (%2): unit must be 0 to 247</source>
        <translation>%1（%2）：单元必须在 0 到 247 之间</translation>
    </message>
    <message>
        <source>A device is not complete</source>
        <translation>设备信息不完整</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Scanning %1 address(es)…</source>
        <translation>正在扫描 %1 个地址…</translation>
    </message>
    <message>
        <source>Scanning… %1 of %2</source>
        <translation>正在扫描… %1/%2</translation>
    </message>
    <message>
        <source>%1 device(s) found, %2 new; %3 without a profile</source>
        <translation>发现 %1 台设备，其中 %2 台为新设备；%3 台没有配置文件</translation>
    </message>
</context>
<context>
    <name>parkwatt::DeviceTableModel</name>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 does not answer</source>
        <translation>%1 无响应</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 无响应：%2</translation>
    </message>
    <message>
        <source>The device did not say (its profile has no firmware register on its own unit)</source>
        <translation>设备未提供（其配置文件中没有位于该设备自身单元上的固件寄存器）</translation>
    </message>
    <message>
        <source>Median time from request to answer over the last 32 requests</source>
        <translation>最近 32 次请求从发出到应答的时间中位数</translation>
    </message>
    <message>
        <source>%1 of %2 requests failed since the engine started</source>
        <translation>自引擎启动以来，%2 次请求中有 %1 次失败</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>最近应答</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往返时间</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误数</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>charger</source>
        <translation>充电桩</translation>
    </message>
    <message>
        <source>grid meter</source>
        <translation>电网电表</translation>
    </message>
    <message>
        <source>PV inverter</source>
        <translation>光伏逆变器</translation>
    </message>
    <message>
        <source>battery</source>
        <translation>储能电池</translation>
    </message>
    <message>
        <source>load meter</source>
        <translation>负荷电表</translation>
    </message>
</context>
<context>
    <name>parkwatt::DevicesPage</name>
    <message>
        <source>&amp;Problems only</source>
        <translation>仅显示问题(&amp;P)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Device role</source>
        <translation>设备角色</translation>
    </message>
    <message>
        <source>Show one kind of device</source>
        <translation>只显示一类设备</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>所有角色</translation>
    </message>
    <message>
        <source>Chargers</source>
        <translation>充电桩</translation>
    </message>
    <message>
        <source>Grid meters</source>
        <translation>电网电表</translation>
    </message>
    <message>
        <source>PV inverters</source>
        <translation>光伏逆变器</translation>
    </message>
    <message>
        <source>Batteries</source>
        <translation>储能电池</translation>
    </message>
    <message>
        <source>Load meters</source>
        <translation>负荷电表</translation>
    </message>
    <message>
        <source>Only devices that do not answer or had errors</source>
        <translation>仅显示无响应或出现过错误的设备</translation>
    </message>
    <message>
        <source>Search device, model or address (Ctrl+F)</source>
        <translation>搜索设备、型号或地址（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>搜索设备</translation>
    </message>
    <message>
        <source>Devices and their health</source>
        <translation>设备及其健康状况</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>%1 devices · %2 not answering · %3 with errors since start</source>
        <translation>%1 台设备 · %2 台无响应 · %3 台自启动以来出现过错误</translation>
    </message>
</context>
<context>
    <name>parkwatt::DriverInputForm</name>
    <message>
        <source>tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s), %1</source>
        <translation>
            <numerusform>%n 天后 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The building may borrow from my car (V2B): yes</source>
        <translation>允许楼宇向我的车借电（V2B）：是</translation>
    </message>
    <message>
        <source>The building may borrow from my car (V2B): no</source>
        <translation>允许楼宇向我的车借电（V2B）：否</translation>
    </message>
    <message>
        <source>Your charging</source>
        <translation>您的充电</translation>
    </message>
    <message>
        <source>I leave at</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <source>Charge to</source>
        <translation>充电至</translation>
    </message>
    <message>
        <source>Never below</source>
        <translation>不低于</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Leave 15 minutes earlier</source>
        <translation>提前 15 分钟离开</translation>
    </message>
    <message>
        <source>Leave 15 minutes later</source>
        <translation>推迟 15 分钟离开</translation>
    </message>
    <message>
        <source>Charge less</source>
        <translation>减少充电量</translation>
    </message>
    <message>
        <source>Charge more</source>
        <translation>增加充电量</translation>
    </message>
</context>
<context>
    <name>parkwatt::EventTableModel</name>
    <message>
        <source>Alarm</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活动中</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 from %2 (%3), raised %4</source>
        <translation>%1，来自 %2（%3），发生于 %4</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>仍处于活动状态</translation>
    </message>
    <message>
        <source>Cleared %1</source>
        <translation>解除于 %1</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation>由 %1 于 %2 确认</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>解除时间</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>When the engine raised it (site time)</source>
        <translation>引擎产生该事件的时间（站点时间）</translation>
    </message>
    <message>
        <source>Alarm, warning or info</source>
        <translation>告警、警告或信息</translation>
    </message>
    <message>
        <source>The device or part of the engine it comes from</source>
        <translation>事件来自的设备或引擎组件</translation>
    </message>
    <message>
        <source>When the condition ended; &quot;active&quot; while it lasts</source>
        <translation>条件结束的时间；持续期间显示“活动中”</translation>
    </message>
    <message>
        <source>Who acknowledged it, and when</source>
        <translation>确认人及确认时间</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件内容</translation>
    </message>
</context>
<context>
    <name>parkwatt::EventsPage</name>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Events summary</source>
        <translation>事件摘要</translation>
    </message>
    <message>
        <source>Alarms and warnings still active, alarms and warnings nobody has acknowledged yet, and how many events the filter shows.</source>
        <translation>仍处于活动状态的告警和警告、尚无人确认的告警和警告，以及筛选后显示的事件数。</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>级别筛选</translation>
    </message>
    <message>
        <source>List events of every severity, or only alarms, warnings or information.</source>
        <translation>列出所有级别的事件，或仅列出告警、警告或信息。</translation>
    </message>
    <message>
        <source>S&amp;everity</source>
        <translation>级别(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Active only</source>
        <translation>仅活动事件(&amp;A)</translation>
    </message>
    <message>
        <source>Active events only</source>
        <translation>仅活动事件</translation>
    </message>
    <message>
        <source>Hide the events whose condition has cleared.</source>
        <translation>隐藏条件已解除的事件。</translation>
    </message>
    <message>
        <source>Search source or message (Ctrl+F)</source>
        <translation>搜索来源或消息（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>搜索事件</translation>
    </message>
    <message>
        <source>List only events whose source, code, message or acknowledging user contains this text.</source>
        <translation>仅列出来源、代码、消息或确认用户包含此文本的事件。</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>确认(&amp;K)</translation>
    </message>
    <message>
        <source>Acknowledge the selected events</source>
        <translation>确认所选事件</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>The engine&apos;s alarms and events, newest first; select some and press Ctrl+K to acknowledge them.</source>
        <translation>引擎的告警和事件，最新的在前；选中若干事件后按 Ctrl+K 即可确认。</translation>
    </message>
    <message>
        <source>Acknowledgement status</source>
        <translation>确认状态</translation>
    </message>
    <message>
        <source>Acknowledging %1…</source>
        <translation>正在确认 %1…</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>%1 acknowledged as %2.</source>
        <translation>已以 %2 的身份确认 %1。</translation>
    </message>
    <message>
        <source>The engine refused: %1</source>
        <translation>引擎拒绝：%1</translation>
    </message>
    <message>
        <source> (%1 acknowledged)</source>
        <translation>（其余 %1已确认）</translation>
    </message>
    <message>
        <source>%1 other</source>
        <translation>%1 个</translation>
    </message>
    <message>
        <source>%1 others</source>
        <translation>%1 个</translation>
    </message>
    <message>
        <source>Your role (%1) may not acknowledge events; a manager, installer or administrator can.</source>
        <translation>您的角色（%1）无权确认事件；管理者、安装人员或管理员可以确认。</translation>
    </message>
    <message>
        <source>Waiting for the engine&apos;s answer…</source>
        <translation>正在等待引擎应答…</translation>
    </message>
    <message>
        <source>Select one or more events that are not acknowledged yet (Ctrl+K).</source>
        <translation>请选择一个或多个尚未确认的事件（Ctrl+K）。</translation>
    </message>
    <message>
        <source>Acknowledge the %1 as %2 (Ctrl+K); the audit trail records it.</source>
        <translation>以 %2 的身份确认%1（Ctrl+K）；审计日志会记录此操作。</translation>
    </message>
    <message>
        <source>selected event</source>
        <translation>所选事件</translation>
    </message>
    <message>
        <source>%1 selected events</source>
        <translation>所选的 %1 个事件</translation>
    </message>
    <message>
        <source>No events yet: the engine lists device faults, meter loss, outages, storage alarms, policy changes and overrides here.</source>
        <translation>暂无事件：引擎会在此列出设备故障、电表失联、停电、数据存储告警、策略变更和手动干预。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 of %5 shown</source>
        <translation>%1 · %2 · %3 · 已显示 %4 个（共 %5）</translation>
    </message>
    <message>
        <source>%1 active alarm</source>
        <translation>%1 个活动告警</translation>
    </message>
    <message>
        <source>%1 active alarms</source>
        <translation>%1 个活动告警</translation>
    </message>
    <message>
        <source>%1 active warning</source>
        <translation>%1 个活动警告</translation>
    </message>
    <message>
        <source>%1 active warnings</source>
        <translation>%1 个活动警告</translation>
    </message>
    <message>
        <source>%1 alarm or warning not acknowledged</source>
        <translation>%1 个告警或警告未确认</translation>
    </message>
    <message>
        <source>%1 alarms or warnings not acknowledged</source>
        <translation>%1 个告警或警告未确认</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>parkwatt::GarageModel</name>
    <message>
        <source>Bay %1, %2</source>
        <translation>%1 号车位，%2</translation>
    </message>
</context>
<context>
    <name>parkwatt::GaragePage</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>充电中</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation>V2B</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Plugged</source>
        <translation>已插枪</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Every bay</source>
        <translation>所有车位</translation>
    </message>
    <message>
        <source>Cars charging now</source>
        <translation>正在充电的车辆</translation>
    </message>
    <message>
        <source>Cars feeding the building (vehicle to building)</source>
        <translation>正在向楼宇供电的车辆（车辆到楼宇）</translation>
    </message>
    <message>
        <source>Cars that still need energy, held back by the plan: they wait for PV surplus or a later hour</source>
        <translation>仍需充电但被计划暂缓的车辆：等待光伏余电或稍后的时段</translation>
    </message>
    <message>
        <source>Cars plugged in with nothing left to charge</source>
        <translation>已插枪且无需继续充电的车辆</translation>
    </message>
    <message>
        <source>Bays without a car</source>
        <translation>没有车辆的车位</translation>
    </message>
    <message>
        <source>Chargers that do not answer</source>
        <translation>无响应的充电桩</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Search bay (Ctrl+F)</source>
        <translation>搜索车位（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search bay</source>
        <translation>搜索车位</translation>
    </message>
    <message>
        <source>Bays</source>
        <translation>车位</translation>
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
        <translation>Parkwatt 帮助</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Facility manager&apos;s guide</source>
        <translation>物业管理员指南</translation>
    </message>
    <message>
        <source>Installer&apos;s guide</source>
        <translation>安装人员指南</translation>
    </message>
    <message>
        <source>Driver&apos;s guide (lobby kiosk)</source>
        <translation>车主指南（大堂自助终端）</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>指南</translation>
    </message>
</context>
<context>
    <name>parkwatt::HistoryChart</name>
    <message>
        <source>History chart</source>
        <translation>历史图表</translation>
    </message>
    <message>
        <source>Drag to zoom into a stretch, wheel to zoom, right-drag or arrow keys to pan</source>
        <translation>拖动以放大某一时段，滚轮缩放，右键拖动或方向键平移</translation>
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
        <translation>%1 %2 %</translation>
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
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>显示最近一%1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the range between the two dates</source>
        <translation>显示两个日期之间的范围</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Show %1 (right-hand axis, %)</source>
        <translation>显示%1（右侧坐标轴，%）</translation>
    </message>
    <message>
        <source>Show %1 (kW)</source>
        <translation>显示%1（kW）</translation>
    </message>
    <message>
        <source>Point at the chart to read its values</source>
        <translation>将鼠标指向图表以读取数值</translation>
    </message>
    <message>
        <source>Values under the mouse</source>
        <translation>鼠标位置的数值</translation>
    </message>
    <message>
        <source>History cannot be read from %1:
%2</source>
        <translation>无法从 %1 读取历史数据：
%2</translation>
    </message>
    <message>
        <source>No history recorded yet for this range.</source>
        <translation>此时间范围内尚无历史记录。</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>将历史数据导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskBayGrid</name>
    <message>
        <source>Garage</source>
        <translation>车库</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n free bay(s)</source>
        <translation>
            <numerusform>%1：%n 个空车位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskBayPage</name>
    <message>
        <source>Bay %1</source>
        <translation>%1 号车位</translation>
    </message>
    <message>
        <source>Bay %1, level %2</source>
        <translation>第 %2 层 %1 号车位</translation>
    </message>
    <message>
        <source>Change departure, charge or lending</source>
        <translation>更改离开时间、充电或借电</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>charged (target %1)</source>
        <translation>已充电（目标 %1）</translation>
    </message>
    <message>
        <source>in the car (target %1)</source>
        <translation>车内电量（目标 %1）</translation>
    </message>
    <message>
        <source>This bay is free.</source>
        <translation>此车位空闲。</translation>
    </message>
    <message>
        <source>Parked, not charging now</source>
        <translation>已停车，暂未充电</translation>
    </message>
    <message>
        <source>Charging at %1</source>
        <translation>正在以 %1 充电</translation>
    </message>
    <message>
        <source>Lending %1 to the building</source>
        <translation>正在向楼宇借出 %1</translation>
    </message>
    <message>
        <source>Waiting for solar power or a cheaper hour</source>
        <translation>正在等待太阳能或更便宜的时段</translation>
    </message>
    <message>
        <source>This charger is out of order. Please ask the facility desk.</source>
        <translation>此充电桩故障，请联系物业服务台。</translation>
    </message>
    <message>
        <source>No departure time set yet.</source>
        <translation>尚未设置离开时间。</translation>
    </message>
    <message>
        <source>Target reached. Leaving at %1.</source>
        <translation>已达到目标。%1 离开。</translation>
    </message>
    <message>
        <source>Ready by %1.</source>
        <translation>%1 前充好。</translation>
    </message>
    <message>
        <source>By %1 it will be about %2 short of the target.</source>
        <translation>到 %1 时，预计距目标还差约 %2。</translation>
    </message>
    <message>
        <source>Leaving at %1.</source>
        <translation>%1 离开。</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskFlowPage</name>
    <message>
        <source>Where the building&apos;s power comes from now</source>
        <translation>楼宇当前的电力来源</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskGaragePage</name>
    <message>
        <source>Find a free bay</source>
        <translation>查找空车位</translation>
    </message>
    <message>
        <source>Tap your bay&apos;s number to see how your car is charging.</source>
        <translation>点击您的车位号，查看车辆充电情况。</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>充电中</translation>
    </message>
    <message>
        <source>lending to the building</source>
        <translation>向楼宇借电</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>已停车</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>故障</translation>
    </message>
    <message numerus="yes">
        <source>%n free bay(s) in the garage</source>
        <translation>
            <numerusform>车库内有 %n 个空车位</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskPinPage</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Please wait %n second(s).</source>
        <translation>
            <numerusform>PIN 错误次数过多，请等待 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation>PIN 不正确，请重试。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskThanksPage</name>
    <message>
        <source>Thank you, drivers!</source>
        <translation>感谢各位车主！</translation>
    </message>
    <message>
        <source>lent to the building today by the cars parked here, so it needed less from the grid</source>
        <translation>今天停在这里的车辆借给楼宇的电量，让楼宇减少了电网用电</translation>
    </message>
    <message numerus="yes">
        <source>%n car(s) lending power right now</source>
        <translation>
            <numerusform>目前有 %n 辆车正在借电给楼宇</numerusform>
        </translation>
    </message>
    <message>
        <source>Your car can help too: allow lending (V2B) when you set your departure.</source>
        <translation>您的车也能出力：设置离开时间时，请允许借电（V2B）。</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskTodayPage</name>
    <message>
        <source>Today in this building</source>
        <translation>本楼今日概况</translation>
    </message>
    <message>
        <source>of the energy used here came from our own sun and storage</source>
        <translation>本楼今日用电中来自自有太阳能和储能的比例</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>of CO₂ avoided by the solar power used today</source>
        <translation>今日使用太阳能所避免的 CO₂ 排放量</translation>
    </message>
</context>
<context>
    <name>parkwatt::KioskWindow</name>
    <message>
        <source>the engine did not answer in time</source>
        <translation>系统未能及时响应</translation>
    </message>
    <message>
        <source>Enter the PIN on your parking card to change this bay&apos;s charging.</source>
        <translation>请输入停车卡上的 PIN，以更改此车位的充电设置。</translation>
    </message>
    <message>
        <source>Facility manager</source>
        <translation>物业管理员</translation>
    </message>
    <message>
        <source>Enter the manager PIN to leave kiosk mode.</source>
        <translation>请输入管理员 PIN 以退出自助终端模式。</translation>
    </message>
    <message>
        <source>Saved. Your charging follows your new wishes from now on.</source>
        <translation>已保存。从现在起将按您的新设置充电。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Parkwatt kiosk</source>
        <translation>Parkwatt 自助终端</translation>
    </message>
    <message>
        <source>Live figures are not available right now: the connection to the energy system is being restored.</source>
        <translation>实时数据暂不可用：正在恢复与能源系统的连接。</translation>
    </message>
</context>
<context>
    <name>parkwatt::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system language</source>
        <translation>跟随系统语言</translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveDemo</name>
    <message>
        <source>no temporary folder for the demo: %1</source>
        <translation>无法为演示创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>parkwatt-sim was not found next to this program</source>
        <translation>在本程序所在的目录中找不到 parkwatt-sim</translation>
    </message>
    <message>
        <source>demo garage on simulated Modbus devices</source>
        <translation>基于模拟 Modbus 设备的演示车库</translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveEngine</name>
    <message>
        <source>peak shaving needs a limit above 0 kW</source>
        <translation>削峰需要大于 0 kW 的限值</translation>
    </message>
    <message>
        <source>the peak limit (%1 kW) is above the connection&apos;s import limit (%2 kW)</source>
        <translation>峰值限值（%1 kW）高于接入点的购电限值（%2 kW）</translation>
    </message>
    <message>
        <source>the battery reserve must be between 0 and 100 %</source>
        <translation>电池储备必须在 0 到 100 % 之间</translation>
    </message>
    <message>
        <source>the reserve time cannot be negative</source>
        <translation>储备时长不能为负数</translation>
    </message>
    <message>
        <source>this engine cannot change its policy</source>
        <translation>此引擎无法更改其策略</translation>
    </message>
    <message>
        <source>there is no earlier policy to return to</source>
        <translation>没有可恢复的早先策略</translation>
    </message>
    <message>
        <source>there is no charger %1 at this site</source>
        <translation>此站点没有充电桩 %1</translation>
    </message>
    <message>
        <source>no car is plugged in at %1</source>
        <translation>%1 没有已插枪的车辆</translation>
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
        <translation>备用储备 %1 %</translation>
    </message>
    <message>
        <source>peak shaving at %1 kW</source>
        <translation>削峰限值 %1 kW</translation>
    </message>
    <message>
        <source>self-sufficiency</source>
        <translation>自给自足</translation>
    </message>
    <message>
        <source>self-sufficiency (battery charged from PV only)</source>
        <translation>自给自足（电池仅用光伏充电）</translation>
    </message>
    <message>
        <source>V2B with consenting cars</source>
        <translation>已同意的车辆参与 V2B</translation>
    </message>
    <message>
        <source>no V2B</source>
        <translation>无 V2B</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>1 car, %1</source>
        <translation>1 辆车，%1</translation>
    </message>
    <message>
        <source>%1 cars, %2</source>
        <translation>%1 辆车，%2</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>购电 %1</translation>
    </message>
    <message>
        <source>export %1</source>
        <translation>馈电 %1</translation>
    </message>
    <message>
        <source>no battery</source>
        <translation>无储能电池</translation>
    </message>
    <message>
        <source>charging %1</source>
        <translation>充电 %1</translation>
    </message>
    <message>
        <source>discharging %1</source>
        <translation>放电 %1</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>待机</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1 of %2 bays</source>
        <translation>%1/%2 个车位已插枪</translation>
    </message>
    <message>
        <source>grid outage: critical load only</source>
        <translation>电网停电：仅供关键负荷</translation>
    </message>
    <message>
        <source>grid connected</source>
        <translation>电网已连接</translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveSite</name>
    <message>
        <source>the engine stopped</source>
        <translation>引擎已停止</translation>
    </message>
</context>
<context>
    <name>parkwatt::LiveSiteControl</name>
    <message>
        <source>Policy changed by %1</source>
        <translation>策略已由 %1 更改</translation>
    </message>
    <message>
        <source>Charge now at %1, set by %2</source>
        <translation>%1 立即充电，由 %2 设置</translation>
    </message>
    <message>
        <source>%1 paused by %2</source>
        <translation>%1 已被 %2 暂停</translation>
    </message>
    <message>
        <source>Override on %1 released by %2</source>
        <translation>%1 的手动干预已由 %2 解除</translation>
    </message>
    <message>
        <source>the engine (the car left)</source>
        <translation>引擎（车辆已离场）</translation>
    </message>
    <message>
        <source>A car plugged in at %1</source>
        <translation>%1 有车辆插枪</translation>
    </message>
    <message>
        <source>The car at %1 left with its target met (%2 kWh charged)</source>
        <translation>%1 的车辆已离场，已达到目标（充电 %2 kWh）</translation>
    </message>
    <message>
        <source>The car at %1 left short of its target (%2 kWh charged)</source>
        <translation>%1 的车辆离场时未达到目标（充电 %2 kWh）</translation>
    </message>
    <message>
        <source>%1 (role %2) may not %3</source>
        <translation>%1（角色 %2）无权%3</translation>
    </message>
    <message>
        <source>change the policy</source>
        <translation>更改策略</translation>
    </message>
    <message>
        <source>override a bay</source>
        <translation>手动干预车位</translation>
    </message>
    <message>
        <source>acknowledge events</source>
        <translation>确认事件</translation>
    </message>
    <message>
        <source>change a session</source>
        <translation>更改充电会话</translation>
    </message>
    <message>
        <source>there is no charger %1 at this site</source>
        <translation>此站点没有充电桩 %1</translation>
    </message>
    <message>
        <source>Recording stopped, control goes on: %1</source>
        <translation>记录已停止，控制继续运行：%1</translation>
    </message>
    <message>
        <source>Grid outage: the site runs on PV, battery and consenting cars</source>
        <translation>电网停电：站点由光伏、储能电池和已同意 V2B 的车辆供电</translation>
    </message>
    <message>
        <source>Grid meter lost: chargers ramp down to their safe current</source>
        <translation>电网电表失联：充电桩逐步降至故障安全电流</translation>
    </message>
</context>
<context>
    <name>parkwatt::OverviewPage</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>自给率</translation>
    </message>
    <message>
        <source>Share of the building&apos;s and the cars&apos; consumption not drawn from the grid.</source>
        <translation>楼宇和车辆用电中未取自电网的比例。</translation>
    </message>
    <message>
        <source>Billing peak</source>
        <translation>计费峰值</translation>
    </message>
    <message>
        <source>Largest 15-minute mean grid import today, against the peak-shaving limit.</source>
        <translation>今日 15 分钟平均购电功率的最大值，与削峰限值对比。</translation>
    </message>
    <message>
        <source>PV energy</source>
        <translation>光伏电量</translation>
    </message>
    <message>
        <source>Solar energy used on site today.</source>
        <translation>今日现场使用的太阳能电量。</translation>
    </message>
    <message>
        <source>EV energy charged</source>
        <translation>电动车充电量</translation>
    </message>
    <message>
        <source>Energy delivered into the cars today.</source>
        <translation>今日充入车辆的电量。</translation>
    </message>
    <message>
        <source>V2B energy</source>
        <translation>V2B 电量</translation>
    </message>
    <message>
        <source>Energy the cars gave back to the building today.</source>
        <translation>今日车辆回馈给楼宇的电量。</translation>
    </message>
    <message>
        <source>Backup reserve</source>
        <translation>备用储备</translation>
    </message>
    <message>
        <source>How long the stored energy (battery above its minimum, and consenting cars above their owners&apos; floors when the policy counts them) would carry the critical load now.</source>
        <translation>当前储存的电能（储能电池高于其最低电量的部分，以及在策略计入时，已同意 V2B 的车辆高于车主设定下限的部分）可支撑关键负荷的时长。</translation>
    </message>
    <message>
        <source>Active policy</source>
        <translation>当前策略</translation>
    </message>
    <message>
        <source>The policy&apos;s parts in their priority order.</source>
        <translation>按优先级排列的策略组成部分。</translation>
    </message>
    <message>
        <source>Open alarms</source>
        <translation>未处理告警</translation>
    </message>
    <message>
        <source>Grid outage since %1: critical load only</source>
        <translation>自 %1 起电网停电：仅供关键负荷</translation>
    </message>
    <message>
        <source>%1 not answering since %2</source>
        <translation>%1 自 %2 起无响应</translation>
    </message>
    <message>
        <source>No open alarms</source>
        <translation>无未处理告警</translation>
    </message>
    <message>
        <source>Waiting for the first cycle</source>
        <translation>等待第一个控制周期</translation>
    </message>
</context>
<context>
    <name>parkwatt::PinKeypad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>已输入 %n 位数字</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>删除最后一位数字</translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation>确认 PIN</translation>
    </message>
</context>
<context>
    <name>parkwatt::PoliciesPage</name>
    <message>
        <source>Policies</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>生效策略</translation>
    </message>
    <message>
        <source>What the engine runs the site with now.</source>
        <translation>引擎当前运行站点所用的策略。</translation>
    </message>
    <message>
        <source>Last policy change</source>
        <translation>上次策略变更</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>应用(&amp;A)…</translation>
    </message>
    <message>
        <source>Apply the edited policy</source>
        <translation>应用编辑后的策略</translation>
    </message>
    <message>
        <source>R&amp;evert edits</source>
        <translation>撤销编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Revert edits</source>
        <translation>撤销编辑</translation>
    </message>
    <message>
        <source>Put the form back to the policy in force.</source>
        <translation>将表单恢复为生效策略。</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>撤销上次变更(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last policy change</source>
        <translation>撤销上次策略变更</translation>
    </message>
    <message>
        <source>Result of the last command</source>
        <translation>上一条命令的结果</translation>
    </message>
    <message>
        <source>How the engine decides</source>
        <translation>引擎如何决策</translation>
    </message>
    <message>
        <source>Priority order</source>
        <translation>优先级顺序</translation>
    </message>
    <message>
        <source>When the parts of the policy conflict, the higher one wins.</source>
        <translation>策略各部分相互冲突时，优先级高者优先。</translation>
    </message>
    <message>
        <source>The engine is not connected.</source>
        <translation>引擎未连接。</translation>
    </message>
    <message>
        <source>Waiting for the engine&apos;s answer…</source>
        <translation>正在等待引擎应答…</translation>
    </message>
    <message>
        <source>Fix the problems shown in the form first.</source>
        <translation>请先修正表单中显示的问题。</translation>
    </message>
    <message>
        <source>The form shows the policy in force: edit it to apply a change.</source>
        <translation>表单显示的是生效策略：编辑后即可应用更改。</translation>
    </message>
    <message>
        <source>Send the edited policy to the engine after confirming what changes; the chargers follow at once.</source>
        <translation>确认变更内容后，将编辑后的策略发送给引擎；充电桩会立即随之调整。</translation>
    </message>
    <message>
        <source>There is no earlier policy to return to.</source>
        <translation>没有可恢复的早先策略。</translation>
    </message>
    <message>
        <source>Return to the policy before the last change (recorded as a new change).</source>
        <translation>恢复到上次变更之前的策略（记录为一次新的变更）。</translation>
    </message>
    <message>
        <source>In force: %1.</source>
        <translation>生效中：%1。</translation>
    </message>
    <message>
        <source>Apply this policy to %1? It takes effect at once: the engine re-plans and the chargers follow.</source>
        <translation>将此策略应用于%1？策略会立即生效：引擎重新规划，充电桩随之调整。</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>本站点</translation>
    </message>
    <message>
        <source>Not applied: the policy in force is unchanged.</source>
        <translation>未应用：生效策略保持不变。</translation>
    </message>
    <message>
        <source>Sending the policy to the engine…</source>
        <translation>正在将策略发送给引擎…</translation>
    </message>
    <message>
        <source>Asking the engine to undo the last change…</source>
        <translation>正在请求引擎撤销上次变更…</translation>
    </message>
    <message>
        <source>Last changed by %1 at %2.</source>
        <translation>上次由 %1 于 %2 更改。</translation>
    </message>
    <message>
        <source>%1 changed the policy in force while you were editing; your edits are kept. Revert edits to start from the new policy.</source>
        <translation>您编辑期间，%1 更改了生效策略；您的编辑已保留。撤销编辑即可从新策略重新开始。</translation>
    </message>
    <message>
        <source>Apply policy</source>
        <translation>应用策略</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyCheck</name>
    <message>
        <source>Peak limit</source>
        <translation>峰值限值</translation>
    </message>
    <message>
        <source>Battery reserve</source>
        <translation>电池储备</translation>
    </message>
    <message>
        <source>Reserve time</source>
        <translation>储备时长</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>Peak shaving needs a limit above 0 kW.</source>
        <translation>削峰需要大于 0 kW 的限值。</translation>
    </message>
    <message>
        <source>The peak limit (%1 kW) is above the connection&apos;s import limit (%2 kW): the grid connection could never draw that much.</source>
        <translation>峰值限值（%1 kW）高于接入点的购电限值（%2 kW）：电网接入点永远无法取用这么多电力。</translation>
    </message>
    <message>
        <source>The battery reserve must be between 0 and 100 %.</source>
        <translation>电池储备必须在 0 到 100 % 之间。</translation>
    </message>
    <message>
        <source>The reserve time cannot be negative.</source>
        <translation>储备时长不能为负数。</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyCommands</name>
    <message>
        <source>The engine refused: %1</source>
        <translation>引擎拒绝：%1</translation>
    </message>
    <message>
        <source>Changing the policy needs the manager or admin role; %1 is signed in as %2.</source>
        <translation>更改策略需要管理者（manager）或管理员（admin）角色；%1 当前的登录身份为 %2。</translation>
    </message>
    <message>
        <source>this operator</source>
        <translation>此操作员</translation>
    </message>
    <message>
        <source>Policy applied: the engine has re-planned with it.</source>
        <translation>策略已应用：引擎已据此重新规划。</translation>
    </message>
    <message>
        <source>Last change undone: the previous policy is back in force.</source>
        <translation>已撤销上次变更：之前的策略已恢复生效。</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyExportPage</name>
    <message>
        <source>Policy and site file</source>
        <translation>策略和站点文件</translation>
    </message>
    <message>
        <source>The policy the engine starts with (the facility manager changes it later in the control room), and where the site file goes (parkwattd run --site FILE).</source>
        <translation>引擎启动时所用的策略（设施经理之后可在控制室中更改），以及站点文件的保存位置（parkwattd run --site FILE）。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save the site file</source>
        <translation>保存站点文件</translation>
    </message>
    <message>
        <source>Site files (*.json)</source>
        <translation>站点文件 (*.json)</translation>
    </message>
    <message>
        <source>&amp;Site file:</source>
        <translation>站点文件(&amp;S)：</translation>
    </message>
    <message>
        <source>Write the commissioning &amp;report…</source>
        <translation>生成调试报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the commissioning report</source>
        <translation>保存调试报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Installer:</source>
        <translation>安装人员(&amp;I)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The policy has problems: see the form.</source>
        <translation>策略存在问题：请查看表单。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Not saved: %1: %2</source>
        <translation>未保存：%1：%2</translation>
    </message>
    <message>
        <source>Saved %1: %2 device(s), %3 bay(s).</source>
        <translation>已保存 %1：%2 台设备，%3 个车位。</translation>
    </message>
    <message>
        <source>Commissioning report: %1</source>
        <translation>调试报告：%1</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>报告未写入：%1</translation>
    </message>
    <message>
        <source>Commissioning report written: %1 and %2.</source>
        <translation>调试报告已写入：%1 和 %2。</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyForm</name>
    <message>
        <source>Self-sufficiency</source>
        <translation>自给自足</translation>
    </message>
    <message>
        <source>Use the site&apos;s PV before buying from the grid.</source>
        <translation>先使用站点光伏，再从电网购电。</translation>
    </message>
    <message>
        <source>Use PV before the &amp;grid</source>
        <translation>光伏优先于电网(&amp;G)</translation>
    </message>
    <message>
        <source>On: PV surplus goes to the battery and the cars before anything is bought from the grid.</source>
        <translation>开启：光伏余电先供给储能电池和车辆，之后才从电网购电。</translation>
    </message>
    <message>
        <source>Allow charging the &amp;battery from the grid</source>
        <translation>允许从电网为储能电池充电(&amp;B)</translation>
    </message>
    <message>
        <source>Battery charging from the grid</source>
        <translation>电网为电池充电</translation>
    </message>
    <message>
        <source>Off: the battery charges from PV only (except to restore the backup reserve or to prepare for a peak the plan foresees).</source>
        <translation>关闭：储能电池仅用光伏充电（恢复备用储备或为计划预见的峰值做准备时除外）。</translation>
    </message>
    <message>
        <source>This site has no battery; the setting is kept for when it has one.</source>
        <translation>此站点没有储能电池；该设置会保留，以备日后配置电池时使用。</translation>
    </message>
    <message>
        <source>Peak shaving</source>
        <translation>削峰</translation>
    </message>
    <message>
        <source>Keep every 15-minute average grid import under a limit (what a demand charge bills). The connection&apos;s import limit is %1 kW.</source>
        <translation>将每个 15 分钟平均购电功率保持在限值以下（需量电费据此计费）。接入点的购电限值为 %1 kW。</translation>
    </message>
    <message>
        <source>&amp;Shave peaks</source>
        <translation>削峰(&amp;S)</translation>
    </message>
    <message>
        <source>On: the engine holds grid import at or below the peak limit.</source>
        <translation>开启：引擎将购电功率保持在峰值限值或以下。</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source>Peak limit in kilowatts</source>
        <translation>峰值限值（千瓦）</translation>
    </message>
    <message>
        <source>The highest 15-minute average import allowed, in kW: above 0 and at most the connection&apos;s %1 kW.</source>
        <translation>允许的最高 15 分钟平均购电功率（kW）：大于 0，且不超过接入点的 %1 kW。</translation>
    </message>
    <message>
        <source>Peak &amp;limit:</source>
        <translation>峰值限值(&amp;L)：</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备用电源</translation>
    </message>
    <message>
        <source>Hold energy in reserve to carry the critical load through a grid outage.</source>
        <translation>储备电能，以便在电网停电期间支撑关键负荷。</translation>
    </message>
    <message>
        <source>&amp;Keep a backup reserve</source>
        <translation>保留备用储备(&amp;K)</translation>
    </message>
    <message>
        <source>Backup reserve</source>
        <translation>备用储备</translation>
    </message>
    <message>
        <source>On: outside outages the battery stays at or above the reserve.</source>
        <translation>开启：非停电期间，储能电池电量保持在储备值或以上。</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Battery reserve in percent</source>
        <translation>电池储备（百分比）</translation>
    </message>
    <message>
        <source>The battery&apos;s state of charge kept for an outage, 0 to 100 %.</source>
        <translation>为停电保留的电池电量（SoC），0 到 100 %。</translation>
    </message>
    <message>
        <source>This site has no battery; the reserve is kept for when it has one.</source>
        <translation>此站点没有储能电池；该储备设置会保留，以备日后配置电池时使用。</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Reserve time in hours</source>
        <translation>储备时长（小时）</translation>
    </message>
    <message>
        <source>How many hours of the current critical load the site aims to hold in reserve (0 or more).</source>
        <translation>站点力求储备的电能可按当前关键负荷支撑多少小时（0 或以上）。</translation>
    </message>
    <message>
        <source>Count consenting &amp;cars toward the reserve</source>
        <translation>将已同意的车辆计入储备(&amp;C)</translation>
    </message>
    <message>
        <source>Cars in the backup reserve</source>
        <translation>车辆计入备用储备</translation>
    </message>
    <message>
        <source>On: plugged cars whose owners consent count with their energy above their minimum, and feed the critical load during an outage.</source>
        <translation>开启：车主已同意的插枪车辆，其高于最低电量的电能计入储备，并在停电期间为关键负荷供电。</translation>
    </message>
    <message>
        <source>Battery &amp;reserve:</source>
        <translation>电池储备(&amp;R)：</translation>
    </message>
    <message>
        <source>Reserve &amp;time:</source>
        <translation>储备时长(&amp;T)：</translation>
    </message>
    <message>
        <source>Vehicle to building (V2B)</source>
        <translation>车辆到楼宇（V2B）</translation>
    </message>
    <message>
        <source>Let consenting cars on bidirectional chargers feed the building outside outages.</source>
        <translation>允许连接双向充电桩且车主已同意的车辆在非停电期间向楼宇供电。</translation>
    </message>
    <message>
        <source>This site has no bidirectional charger, so no car can feed the building.</source>
        <translation>此站点没有双向充电桩，因此车辆无法向楼宇供电。</translation>
    </message>
    <message>
        <source>Allow &amp;V2B with consenting cars</source>
        <translation>允许已同意的车辆进行 V2B(&amp;V)</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation>V2B</translation>
    </message>
    <message>
        <source>On: consenting cars may discharge for peak shaving and self-sufficiency, never so far that they miss their own departure target.</source>
        <translation>开启：已同意的车辆可为削峰和自给自足放电，但绝不会放电到无法达到其自身离场目标的程度。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyPreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>What the edited policy would have done, against the policy in force, replayed by the engine&apos;s simulation on the same days.</source>
        <translation>由引擎仿真在相同日期上回放，比较编辑后的策略与生效策略本会产生的效果。</translation>
    </message>
    <message>
        <source>&amp;Last 7 recorded days</source>
        <translation>最近 7 个记录日(&amp;L)</translation>
    </message>
    <message>
        <source>Preview on the last 7 recorded days</source>
        <translation>基于最近 7 个记录日预览</translation>
    </message>
    <message>
        <source>The engine records no history, so there are no days to replay.</source>
        <translation>引擎未记录历史数据，因此没有可回放的日期。</translation>
    </message>
    <message>
        <source>Replay PV, building load and the cars&apos; sessions as the site&apos;s database recorded them over the last 7 days.</source>
        <translation>按站点数据库最近 7 天的记录，回放光伏、楼宇负荷和车辆充电会话。</translation>
    </message>
    <message>
        <source>Scenario &amp;file</source>
        <translation>场景文件(&amp;F)</translation>
    </message>
    <message>
        <source>Preview on a scenario file</source>
        <translation>基于场景文件预览</translation>
    </message>
    <message>
        <source>Replay a scenario file (parkwatt-scenario/1) instead of the recorded days.</source>
        <translation>回放场景文件（parkwatt-scenario/1），而不是记录的日期。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose a scenario file</source>
        <translation>选择场景文件</translation>
    </message>
    <message>
        <source>Choose the scenario file to preview on.</source>
        <translation>选择用于预览的场景文件。</translation>
    </message>
    <message>
        <source>&amp;Preview edited policy</source>
        <translation>预览编辑后的策略(&amp;P)</translation>
    </message>
    <message>
        <source>Preview the edited policy</source>
        <translation>预览编辑后的策略</translation>
    </message>
    <message>
        <source>Run the chosen days under the current and the edited policy, side by side.</source>
        <translation>分别在当前策略和编辑后的策略下运行所选日期，并排对比。</translation>
    </message>
    <message>
        <source>Preview progress</source>
        <translation>预览进度</translation>
    </message>
    <message>
        <source>Simulation steps done under both policies.</source>
        <translation>两种策略下已完成的仿真步数。</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel the preview</source>
        <translation>取消预览</translation>
    </message>
    <message>
        <source>Stop the preview; nothing is shown for it.</source>
        <translation>停止预览；不显示此次预览的结果。</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>预览状态</translation>
    </message>
    <message>
        <source>The preview cannot run: %1</source>
        <translation>无法运行预览：%1</translation>
    </message>
    <message>
        <source>Choose a scenario file: the engine records no history to replay.</source>
        <translation>请选择场景文件：引擎没有记录可供回放的历史数据。</translation>
    </message>
    <message>
        <source>Edit the policy, then preview it on the last 7 recorded days.</source>
        <translation>编辑策略，然后基于最近 7 个记录日进行预览。</translation>
    </message>
    <message>
        <source>Scenario &amp;file: %1</source>
        <translation>场景文件(&amp;F)：%1</translation>
    </message>
    <message>
        <source>Scenario to preview on</source>
        <translation>用于预览的场景</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>场景 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the last 7 recorded days…</source>
        <translation>正在读取最近 7 个记录日…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Choose a scenario file first.</source>
        <translation>请先选择场景文件。</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>预览已取消。</translation>
    </message>
    <message>
        <source>Simulating %1 under both policies…</source>
        <translation>正在两种策略下仿真%1…</translation>
    </message>
    <message>
        <source>Previewed on %1 (%2 s).</source>
        <translation>已基于%1完成预览（%2 s）。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Previewed on %1. The policy has been edited since: preview again to see the edit.</source>
        <translation>已基于%1完成预览。此后策略又经过编辑：请重新预览以查看编辑效果。</translation>
    </message>
</context>
<context>
    <name>parkwatt::PolicyWords</name>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>on at %1 kW</source>
        <translation>开启（%1 kW）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <translation>自给自足</translation>
    </message>
    <message>
        <source>Battery charging from the grid</source>
        <translation>电网为电池充电</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>PV only</source>
        <translation>仅光伏</translation>
    </message>
    <message>
        <source>Peak shaving</source>
        <translation>削峰</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备用电源</translation>
    </message>
    <message>
        <source>Battery reserve</source>
        <translation>电池储备</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Reserve time</source>
        <translation>储备时长</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Cars in the backup reserve</source>
        <translation>车辆计入备用储备</translation>
    </message>
    <message>
        <source>V2B</source>
        <translation>V2B</translation>
    </message>
    <message>
        <source>Hard limits</source>
        <translation>硬性限制</translation>
    </message>
    <message>
        <source>the grid connection, device ratings and every battery&apos;s and car&apos;s minimum charge are never exceeded; no car discharges without its owner&apos;s consent</source>
        <translation>绝不超出电网接入点容量、设备额定值以及任何储能电池和车辆的最低电量限制；未经车主同意，任何车辆都不会放电</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>停电</translation>
    </message>
    <message>
        <source>during a grid outage the critical load is served from PV, the battery, then consenting cars; what cannot be served is shed</source>
        <translation>电网停电期间，关键负荷依次由光伏、储能电池和已同意的车辆供电；无法供电的部分将被切除</translation>
    </message>
    <message>
        <source>during a grid outage the critical load is served from PV and the battery; what cannot be served is shed</source>
        <translation>电网停电期间，关键负荷由光伏和储能电池供电；无法供电的部分将被切除</translation>
    </message>
    <message>
        <source>Departure targets</source>
        <translation>离场目标</translation>
    </message>
    <message>
        <source>every car reaches the charge its driver asked for by departure, wherever physically possible</source>
        <translation>只要物理上可行，每辆车都会在离场前达到车主要求的电量</translation>
    </message>
    <message>
        <source>Backup reserve</source>
        <translation>备用储备</translation>
    </message>
    <message>
        <source>the battery stays at or above %1 %%2</source>
        <translation>储能电池电量保持在 %1 % 或以上%2</translation>
    </message>
    <message>
        <source>; consenting cars&apos; charge above their floor counts toward the reserve</source>
        <translation>；已同意的车辆高于其下限的电量计入储备</translation>
    </message>
    <message>
        <source>off: the battery may be used down to its minimum</source>
        <translation>关闭：储能电池可放电至其最低电量</translation>
    </message>
    <message>
        <source>every 15-minute average import stays at or below %1 kW; where that is impossible, the billing peak is kept as low as it can be</source>
        <translation>每个 15 分钟平均购电功率保持在 %1 kW 或以下；无法做到时，尽可能压低计费峰值</translation>
    </message>
    <message>
        <source>off: imports are limited only by the connection</source>
        <translation>关闭：购电仅受接入点容量限制</translation>
    </message>
    <message>
        <source>PV is used before the grid; the battery may charge from the grid</source>
        <translation>光伏优先于电网使用；储能电池可从电网充电</translation>
    </message>
    <message>
        <source>PV is used before the grid; the battery charges from PV only</source>
        <translation>光伏优先于电网使用；储能电池仅用光伏充电</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>import and export prices and the demand charge</source>
        <translation>购电和馈电价格以及需量电费</translation>
    </message>
    <message>
        <source>Wear</source>
        <translation>损耗</translation>
    </message>
    <message>
        <source>among otherwise equal choices, the least battery and car throughput</source>
        <translation>在其他条件相同的选项中，选择储能电池和车辆吞吐量最小者</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2：%3</translation>
    </message>
    <message>
        <source>All parts that are on act at once; when they conflict, the higher one wins. %1</source>
        <translation>所有开启的部分同时生效；发生冲突时，优先级高者优先。%1</translation>
    </message>
    <message>
        <source>V2B is on: consenting cars may feed the building for peak shaving and self-sufficiency, never below what they need to reach their own target.</source>
        <translation>V2B 已开启：已同意的车辆可为削峰和自给自足向楼宇供电，但绝不会低于达到其自身目标所需的电量。</translation>
    </message>
    <message>
        <source>V2B is off: cars feed the building only during an outage, and only when consenting cars count toward the backup reserve.</source>
        <translation>V2B 已关闭：车辆仅在停电期间、且已同意的车辆计入备用储备时，才向楼宇供电。</translation>
    </message>
</context>
<context>
    <name>parkwatt::PowerFlowWidget</name>
    <message>
        <source>Power flows</source>
        <translation>功率流</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>光伏</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>电网</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>储能电池</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼宇</translation>
    </message>
    <message>
        <source>Garage</source>
        <translation>车库</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>停电</translation>
    </message>
    <message>
        <source>SoC %1</source>
        <translation>电量 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 of %2 bays</source>
        <translation>%1/%2 个车位已插枪</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>购电 %1</translation>
    </message>
    <message>
        <source>export %1</source>
        <translation>馈电 %1</translation>
    </message>
    <message>
        <source>discharging %1</source>
        <translation>放电 %1</translation>
    </message>
    <message>
        <source>charging %1</source>
        <translation>充电 %1</translation>
    </message>
    <message>
        <source>charging %1, V2B %2</source>
        <translation>充电 %1，V2B %2</translation>
    </message>
    <message>
        <source>V2B %1</source>
        <translation>V2B %1</translation>
    </message>
    <message>
        <source>No cycle seen yet.</source>
        <translation>尚未收到控制周期。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>battery charge %1</source>
        <translation>电池电量 %1</translation>
    </message>
    <message>
        <source>cars&apos; charge %1</source>
        <translation>车辆电量 %1</translation>
    </message>
</context>
<context>
    <name>parkwatt::PowerHistoryChart</name>
    <message>
        <source>Power today</source>
        <translation>今日功率</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>光伏</translation>
    </message>
    <message>
        <source>Building load</source>
        <translation>楼宇负荷</translation>
    </message>
    <message>
        <source>Grid (import +)</source>
        <translation>电网（购电为正）</translation>
    </message>
    <message>
        <source>EVs (charge +)</source>
        <translation>电动车（充电为正）</translation>
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
        <translation>购电功率，15 分钟平均值</translation>
    </message>
    <message>
        <source>Current policy</source>
        <translation>当前策略</translation>
    </message>
    <message>
        <source>Edited policy</source>
        <translation>编辑后的策略</translation>
    </message>
    <message>
        <source>Edited peak limit</source>
        <translation>编辑后的峰值限值</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>Grid import chart</source>
        <translation>购电图表</translation>
    </message>
    <message>
        <source>Grid import over the previewed period: grey under the current policy, orange under the edited one; the dashed line is the edited peak limit.</source>
        <translation>预览期间的购电功率：灰色为当前策略，橙色为编辑后的策略；虚线为编辑后的峰值限值。</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation>尚无预览。</translation>
    </message>
    <message>
        <source>Grid import under the current policy peaks at %1 kW, under the edited policy at %2 kW (15-minute averages).</source>
        <translation>当前策略下购电功率峰值为 %1 kW，编辑后的策略下为 %2 kW（15 分钟平均值）。</translation>
    </message>
</context>
<context>
    <name>parkwatt::PreviewKpiTable</name>
    <message>
        <source>Current policy</source>
        <translation>当前策略</translation>
    </message>
    <message>
        <source>Edited policy</source>
        <translation>编辑后的策略</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>The policy in force now.</source>
        <translation>当前生效的策略。</translation>
    </message>
    <message>
        <source>The policy as edited in the form.</source>
        <translation>表单中编辑后的策略。</translation>
    </message>
    <message>
        <source>Edited minus current; green when the edited policy does better.</source>
        <translation>编辑后减当前；编辑后的策略更优时显示为绿色。</translation>
    </message>
    <message>
        <source>Preview figures</source>
        <translation>预览数据</translation>
    </message>
    <message>
        <source>The preview&apos;s figures under the current and the edited policy; the change is green when the edited policy does better, red when worse.</source>
        <translation>预览在当前策略和编辑后策略下的数据；编辑后的策略更优时变化显示为绿色，更差时显示为红色。</translation>
    </message>
    <message>
        <source>Better under the edited policy</source>
        <translation>编辑后的策略下更优</translation>
    </message>
    <message>
        <source>Worse under the edited policy</source>
        <translation>编辑后的策略下更差</translation>
    </message>
</context>
<context>
    <name>parkwatt::PreviewScenarioLoader</name>
    <message>
        <source>The engine records no history (it has no database), so there are no recorded days to replay. Choose a scenario file instead.</source>
        <translation>引擎未记录历史数据（它没有数据库），因此没有可回放的记录日。请改为选择场景文件。</translation>
    </message>
    <message>
        <source>the %1 days recorded from %2 to %3</source>
        <translation>%2 至 %3 记录的 %1 天</translation>
    </message>
    <message>
        <source>the scenario %1 (%2 h)</source>
        <translation>场景 %1（%2 h）</translation>
    </message>
</context>
<context>
    <name>parkwatt::RegisterInspectorDialog</name>
    <message>
        <source>&amp;Read</source>
        <translation>读取(&amp;R)</translation>
    </message>
    <message>
        <source>Registers of %1 (%2:%3 unit %4)</source>
        <translation>%1 的寄存器（%2:%3，单元 %4）</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>表(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>数量(&amp;C)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Word order:</source>
        <translation>字序(&amp;W)：</translation>
    </message>
    <message>
        <source>Writes (holding registers, function 16) are confirmed, read back and recorded in the audit trail as %1.</source>
        <translation>写入（保持寄存器，功能码 16）需经确认，写入后回读，并以 %1 的身份记录在审计日志中。</translation>
    </message>
    <message>
        <source>Reading only: writing needs an installer signed in to the site&apos;s database (parkwatt --commission --db FILE), or parkwattd registers write.</source>
        <translation>只读：写入需要安装人员登录站点数据库（parkwatt --commission --db FILE），或使用 parkwattd registers write。</translation>
    </message>
    <message>
        <source>value, as the type above</source>
        <translation>数值，按上方所选类型</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>写入(&amp;W)…</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <source>Write a register</source>
        <translation>写入寄存器</translation>
    </message>
    <message>
        <source>Write %1 (%2, %3) to holding register %4 of %5 (%6:%7 unit %8)?</source>
        <translation>将 %1（%2，%3）写入 %5（%6:%7，单元 %8）的保持寄存器 %4？</translation>
    </message>
    <message>
        <source>not confirmed: nothing written</source>
        <translation>未确认：未写入任何内容</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3, read back %4%5</source>
        <translation>%1：%2 -&gt; %3，回读 %4%5</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1; NOT AUDITED: %2</source>
        <translation>%1；未记入审计：%2</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>as %1 (%2 word first):</source>
        <translation>按 %1 解析（%2 字序）：</translation>
    </message>
    <message>
        <source>it reads back differently</source>
        <translation>回读值不一致</translation>
    </message>
    <message>
        <source>the audit trail did not take it</source>
        <translation>审计日志未能记录此操作</translation>
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
        <translation>远程引擎</translation>
    </message>
    <message>
        <source>the connection to the engine was lost</source>
        <translation>与引擎的连接已断开</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>not connected to the engine</source>
        <translation>未连接到引擎</translation>
    </message>
    <message>
        <source>no answer from the engine within %1 s</source>
        <translation>引擎在 %1 s 内无应答</translation>
    </message>
</context>
<context>
    <name>parkwatt::ReportComparisonTable</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>same</source>
        <translation>相同</translation>
    </message>
</context>
<context>
    <name>parkwatt::ScenarioChooser</name>
    <message>
        <source>&amp;Scenario</source>
        <translation>场景(&amp;S)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>The scenario to run: the built-in demo garage, a shipped scenario, or a file you opened.</source>
        <translation>要运行的场景：内置演示车库、随附的场景，或您打开的文件。</translation>
    </message>
    <message>
        <source>Demo garage (built in)</source>
        <translation>演示车库（内置）</translation>
    </message>
    <message>
        <source>The demo garage&apos;s day: 40 bays, 80 kWp PV, a 120 kWh battery</source>
        <translation>演示车库的一天：40 个车位、80 kWp 光伏、120 kWh 储能电池</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>打开场景文件</translation>
    </message>
    <message>
        <source>Choose a scenario file (parkwatt-scenario/1) and run it.</source>
        <translation>选择一个场景文件（parkwatt-scenario/1）并运行。</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>场景 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>parkwatt::SessionChart</name>
    <message>
        <source>Power (kW)</source>
        <translation>功率 (kW)</translation>
    </message>
    <message>
        <source>Energy in the car (kWh)</source>
        <translation>车内电量 (kWh)</translation>
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
        <translation>充电会话图表</translation>
    </message>
</context>
<context>
    <name>parkwatt::SignInDialog</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Create the administrator of %1</source>
        <translation>创建 %1 的管理员</translation>
    </message>
    <message>
        <source>This site has no users yet. Choose the administrator&apos;s name and password (at least %1 characters); the administrator then adds the others. There is no default password.</source>
        <translation>此站点尚无用户。请设置管理员的用户名和密码（至少 %1 个字符）；之后由管理员添加其他用户。系统没有默认密码。</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>确认密码(&amp;A)：</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <source>Sign in with your Parkwatt user to see and control this site.</source>
        <translation>使用您的 Parkwatt 用户登录，以查看和控制此站点。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message numerus="yes">
        <source>%1 Next try in %n second(s).</source>
        <translation>
            <numerusform>%1 %n 秒后可再次尝试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>parkwatt::SignInService</name>
    <message numerus="yes">
        <source>Too many failed sign-ins: wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>登录失败次数过多：请等待 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The name or the password is not right.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>This user is disabled: ask an administrator.</source>
        <translation>此用户已被停用：请联系管理员。</translation>
    </message>
</context>
<context>
    <name>parkwatt::SimulatorProcess</name>
    <message>
        <source>the device simulator did not announce its devices in time</source>
        <translation>设备模拟器未能及时报告其设备</translation>
    </message>
    <message>
        <source>the device simulator could not run: %1</source>
        <translation>设备模拟器无法运行：%1</translation>
    </message>
    <message>
        <source>the device simulator stopped (exit %1): %2</source>
        <translation>设备模拟器已停止（退出码 %1）：%2</translation>
    </message>
</context>
<context>
    <name>parkwatt::SiteBasicsPage</name>
    <message>
        <source>Bidirectional chargers (V2B)</source>
        <translation>双向充电桩（V2B）</translation>
    </message>
    <message>
        <source>The site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>The building&apos;s grid connection, its PV and battery, and the garage&apos;s bays. The import limit is a hard limit: the engine never commands more.</source>
        <translation>楼宇的电网接入点、光伏和储能电池，以及车库的车位。购电限值是硬性限制：引擎绝不会下达超出该值的指令。</translation>
    </message>
    <message>
        <source>3 phases</source>
        <translation>三相</translation>
    </message>
    <message>
        <source>1 phase</source>
        <translation>单相</translation>
    </message>
    <message>
        <source>e.g. Garage Nord</source>
        <translation>例如 北区车库</translation>
    </message>
    <message>
        <source>Site &amp;name:</source>
        <translation>站点名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Grid &amp;import limit:</source>
        <translation>电网购电限值(&amp;I)：</translation>
    </message>
    <message>
        <source>Grid &amp;export limit:</source>
        <translation>电网馈电限值(&amp;E)：</translation>
    </message>
    <message>
        <source>P&amp;hases:</source>
        <translation>相数(&amp;H)：</translation>
    </message>
    <message>
        <source>Phase &amp;voltage:</source>
        <translation>相电压(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;PV peak power:</source>
        <translation>光伏峰值功率(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Battery capacity (0: none):</source>
        <translation>电池容量（0：无）(&amp;B)：</translation>
    </message>
    <message>
        <source>Battery &amp;power:</source>
        <translation>电池功率(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Levels:</source>
        <translation>层数(&amp;L)：</translation>
    </message>
    <message>
        <source>Bays per l&amp;evel:</source>
        <translation>每层车位数(&amp;E)：</translation>
    </message>
    <message>
        <source>Charger &amp;maximum:</source>
        <translation>充电桩最大功率(&amp;M)：</translation>
    </message>
    <message>
        <source>Charger m&amp;inimum (6 A):</source>
        <translation>充电桩最小功率（6 A）(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Discharge maximum:</source>
        <translation>最大放电功率(&amp;D)：</translation>
    </message>
    <message>
        <source>Import a site file…</source>
        <translation>导入站点文件…</translation>
    </message>
    <message>
        <source>%1 bays: L1-01 … L%2-%3.</source>
        <translation>%1 个车位：L1-01 … L%2-%3。</translation>
    </message>
    <message>
        <source>%1 bays as imported.</source>
        <translation>%1 个车位（按导入）。</translation>
    </message>
    <message>
        <source>%1 The import limit is %2 A per phase.</source>
        <translation>%1购电限值为每相 %2 A。</translation>
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
        <translation>今日</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>%1; %2 missing for %3</source>
        <translation>%1；%2缺失 %3</translation>
    </message>
    <message>
        <source>no cycle seen yet</source>
        <translation>尚未收到控制周期</translation>
    </message>
    <message>
        <source>cannot be known: grid meter missing for %1</source>
        <translation>无法得知：电网电表数据缺失 %1</translation>
    </message>
    <message>
        <source>of consumption, %1</source>
        <translation>占用电量的比例，%1</translation>
    </message>
    <message>
        <source>limit %1, 15-min mean, %2</source>
        <translation>限值 %1，15 分钟平均，%2</translation>
    </message>
    <message>
        <source>15-min mean, %1</source>
        <translation>15 分钟平均，%1</translation>
    </message>
    <message>
        <source>grid meter</source>
        <translation>电网电表数据</translation>
    </message>
    <message>
        <source>PV reading</source>
        <translation>光伏读数</translation>
    </message>
    <message>
        <source>charger readings</source>
        <translation>充电桩读数</translation>
    </message>
    <message>
        <source>V2B is off in the policy</source>
        <translation>策略中 V2B 已关闭</translation>
    </message>
    <message>
        <source>no critical load to cover</source>
        <translation>没有需要保障的关键负荷</translation>
    </message>
    <message>
        <source>of critical load, from stored energy now</source>
        <translation>当前储能可支撑关键负荷的时长</translation>
    </message>
</context>
<context>
    <name>parkwatt::VerificationPage</name>
    <message>
        <source>&amp;Verify the chargers</source>
        <translation>验证充电桩(&amp;V)</translation>
    </message>
    <message>
        <source>Also let each watchdog expire and watch the fallback (slower)</source>
        <translation>同时让每个看门狗超时并观察回退行为（较慢）</translation>
    </message>
    <message>
        <source>Charger verification</source>
        <translation>充电桩验证</translation>
    </message>
    <message>
        <source>Each charger is read, its fail-safe and watchdog written and read back, and its setpoint stepped from minimum to maximum while the measured power must follow. A car (or an EV simulator) must be plugged in. Then all fallbacks together must fit the connection.</source>
        <translation>逐一读取每个充电桩，写入并回读其故障安全电流和看门狗设置，并将其设定值从最小逐步调到最大，同时测得的功率必须随之变化。必须插入一辆车（或电动车模拟器）。最后，所有回退值合计必须在接入点容量之内。</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>充电桩</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message numerus="yes">
        <source>%n charger(s) to verify. Not verified yet.</source>
        <translation>
            <numerusform>%n 个充电桩待验证。尚未验证。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no charger to verify.</source>
        <translation>没有需要验证的充电桩。</translation>
    </message>
    <message>
        <source>Verifying %1 (%2:%3)…</source>
        <translation>正在验证 %1（%2:%3）…</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL: %1</source>
        <translation>未通过：%1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>All chargers pass</source>
        <translation>所有充电桩均通过</translation>
    </message>
    <message>
        <source>Not all chargers pass</source>
        <translation>并非所有充电桩都通过</translation>
    </message>
</context>
<context>
    <name>parkwatt::WhatIfChart</name>
    <message>
        <source>Uncontrolled</source>
        <translation>无序充电</translation>
    </message>
    <message>
        <source>Scenario&apos;s policy</source>
        <translation>场景策略</translation>
    </message>
    <message>
        <source>Peak limit</source>
        <translation>峰值限值</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>%1图表</translation>
    </message>
    <message>
        <source>%1 over the scenario: grey uncontrolled, orange under the scenario&apos;s policy; the dashed line is the policy&apos;s peak limit when it has one.</source>
        <translation>场景期间的%1：灰色为无序充电，橙色为场景策略；若策略设有峰值限值，则以虚线表示。</translation>
    </message>
    <message>
        <source>Nothing run yet.</source>
        <translation>尚未运行。</translation>
    </message>
    <message>
        <source>%1 peaks at %2 uncontrolled and at %3 under the scenario&apos;s policy.</source>
        <translation>%1峰值：无序充电时为 %2，场景策略下为 %3。</translation>
    </message>
</context>
<context>
    <name>parkwatt::WhatIfKpiTable</name>
    <message>
        <source>Uncontrolled</source>
        <translation>无序充电</translation>
    </message>
    <message>
        <source>Scenario&apos;s policy</source>
        <translation>场景策略</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>The baseline: every car charges at full power from arrival.</source>
        <translation>基准：每辆车自到达起即以全功率充电。</translation>
    </message>
    <message>
        <source>The planner and dispatcher acting out the scenario&apos;s policy.</source>
        <translation>规划器和调度器执行场景策略的结果。</translation>
    </message>
    <message>
        <source>Policy minus uncontrolled; green when the policy does better.</source>
        <translation>策略减无序充电；策略更优时显示为绿色。</translation>
    </message>
    <message>
        <source>What-if figures</source>
        <translation>假设分析数据</translation>
    </message>
    <message>
        <source>The scenario&apos;s figures uncontrolled and under its policy; the difference is green when the policy does better, red when worse.</source>
        <translation>场景在无序充电和按其策略运行下的数据；策略更优时差值显示为绿色，更差时显示为红色。</translation>
    </message>
    <message>
        <source>Better under the scenario&apos;s policy</source>
        <translation>场景策略下更优</translation>
    </message>
    <message>
        <source>Worse under the scenario&apos;s policy</source>
        <translation>场景策略下更差</translation>
    </message>
</context>
<context>
    <name>parkwatt::WhatIfPage</name>
    <message>
        <source>Choose a scenario and run it: it is simulated twice, with uncontrolled charging and under the scenario&apos;s policy.</source>
        <translation>选择一个场景并运行：该场景会仿真两次，一次为无序充电，一次按场景策略运行。</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>假设分析</translation>
    </message>
    <message>
        <source>What a scenario&apos;s policy does against uncontrolled charging (every car at full power from arrival), simulated by the engine faster than real time.</source>
        <translation>对比场景策略与无序充电（每辆车自到达起即以全功率充电）的效果，由引擎以快于实时的速度仿真。</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the scenario</source>
        <translation>运行场景</translation>
    </message>
    <message>
        <source>Simulate the chosen scenario uncontrolled and under its policy (Ctrl+R).</source>
        <translation>分别以无序充电和场景策略仿真所选场景（Ctrl+R）。</translation>
    </message>
    <message>
        <source>What-if progress</source>
        <translation>假设分析进度</translation>
    </message>
    <message>
        <source>Simulation steps done under both controllers.</source>
        <translation>两种控制方式下已完成的仿真步数。</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>取消运行</translation>
    </message>
    <message>
        <source>Stop the run (Esc); the previous result stays.</source>
        <translation>停止运行（Esc）；保留之前的结果。</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Save the comparison as a simulation report (parkwatt-report/1, JSON), the uncontrolled figures nested under &quot;baseline&quot;.</source>
        <translation>将对比结果保存为仿真报告（parkwatt-report/1，JSON），无序充电的数据嵌套在 &quot;baseline&quot; 下。</translation>
    </message>
    <message>
        <source>What-if status</source>
        <translation>假设分析状态</translation>
    </message>
    <message>
        <source>Scenario shown</source>
        <translation>显示的场景</translation>
    </message>
    <message>
        <source>The scenario&apos;s policy</source>
        <translation>场景策略</translation>
    </message>
    <message>
        <source>Run a scenario to see the policy it is run under.</source>
        <translation>运行场景后即可查看其所用的策略。</translation>
    </message>
    <message>
        <source>What the planner and dispatcher were asked to do in the policy run, parts in priority order.</source>
        <translation>策略运行中要求规划器和调度器完成的任务，按优先级排列。</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>购电</translation>
    </message>
    <message>
        <source>EV charging</source>
        <translation>电动车充电</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source> The result of %1 is still shown.</source>
        <translation>仍显示 %1 的结果。</translation>
    </message>
    <message>
        <source>Simulating %1: %2 steps uncontrolled, then as many under its policy…</source>
        <translation>正在仿真 %1：先以无序充电运行 %2 步，再按其策略运行相同步数…</translation>
    </message>
    <message>
        <source>%1 (%2): %3 h from %4, %5 chargers, %6 car sessions.</source>
        <translation>%1（%2）：自 %4 起 %3 h，%5 个充电桩，%6 个车辆充电会话。</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Done. The scenario&apos;s policy changes the billing peak by %1 and meets %2 of %3 EV targets (uncontrolled: %4).</source>
        <translation>完成。场景策略使计费峰值变化 %1，在 %3 个电动车目标中达成 %2 个（无序充电：%4）。</translation>
    </message>
    <message>
        <source>Cannot run this scenario: %1.</source>
        <translation>无法运行此场景：%1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>报告已写入 %1。</translation>
    </message>
    <message>
        <source>Export the what-if report</source>
        <translation>导出假设分析报告</translation>
    </message>
    <message>
        <source>Reports (*.json)</source>
        <translation>报告 (*.json)</translation>
    </message>
</context>
</TS>
