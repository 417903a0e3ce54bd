<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</TS>
