# 居家医学观察个人告知书: handed to, and signed by, a resident placed under
# home medical observation.

home-observation-notice-title = 居家医学观察个人告知书
home-observation-notice-greeting = { $sex ->
        [female] 尊敬的 { $name } 女士：
        [male] 尊敬的 { $name } 先生：
       *[other] 尊敬的 { $name }：
    }
home-observation-notice-intro = 根据疫情防控有关规定，您需在上述居住地址接受 { $days } 天居家医学观察，自 { $start } 起至 { $end } 止。观察期间，请遵守以下要求：
home-observation-notice-section-rules = 观察期间须知
home-observation-notice-rule-stay = 居家观察期间不得外出。
home-observation-notice-rule-room = 单独居住在通风良好的房间，关闭房门，尽量避免与家人接触。
home-observation-notice-rule-visitors = 谢绝访客，最多由一名指定人员照料。
home-observation-notice-rule-temperature = 每天早晚各测量一次体温，并于当天报告社区。
home-observation-notice-rule-symptoms = 如出现发热、干咳、乏力、咽痛、嗅觉或味觉减退、腹泻等症状，立即报告社区；需前往发热门诊时，由急救车（{ $ambulance }）转运，不得乘坐公共交通工具。
home-observation-notice-rule-mask = 有人在身边时佩戴口罩。
home-observation-notice-rule-tableware = 个人毛巾、餐具等与他人分开使用。
home-observation-notice-rule-waste = 用过的口罩和纸巾放入加盖的垃圾桶，生活垃圾用双层袋装好，交由社区工作人员处理。
home-observation-notice-rule-supplies = 生活物资如有需要，可联系社区代为配送。
home-observation-notice-section-consequences = 违反规定的后果
home-observation-notice-consequence-transfer = 违反居家观察规定的，将被转为集中医学观察（按当地规定可能由本人承担费用），观察期重新计算。
home-observation-notice-consequence-law = 违反规定的，可依照《中华人民共和国治安管理处罚法》第五十条予以处罚；造成疫情传播的，依法追究刑事责任。
home-observation-notice-section-contacts = 联系方式
home-observation-notice-acknowledge = 本人已阅读并理解本告知书的全部内容，承诺遵守。
