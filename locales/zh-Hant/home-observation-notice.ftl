# Home medical observation notice: handed to, and signed by, a resident
# placed under home medical observation.

home-observation-notice-title = 居家醫學觀察個人告知書
home-observation-notice-greeting = { $sex ->
        [female] 尊敬的 { $name } 女士：
        [male] 尊敬的 { $name } 先生：
       *[other] 尊敬的 { $name }：
    }
home-observation-notice-intro = 根據疫情防控相關規定，您須在上述居住地址接受 { $days } 天居家醫學觀察，自 { $start } 起至 { $end } 止。觀察期間，請遵守以下規定：
home-observation-notice-section-rules = 觀察期間須知
home-observation-notice-rule-stay = 居家觀察期間不得外出。
home-observation-notice-rule-room = 獨自居住於通風良好的房間，關上房門，盡量避免與家人接觸。
home-observation-notice-rule-visitors = 謝絕訪客，最多由一名指定人員照顧。
home-observation-notice-rule-temperature = 每日早晚各量一次體溫，並於當日向社區報告。
home-observation-notice-rule-symptoms = 如出現發燒、乾咳、疲倦乏力、喉嚨痛、嗅覺或味覺減退、腹瀉等症狀，請立即向社區報告；需前往發燒門診時，由救護車（{ $ambulance }）轉送，不得搭乘公共交通工具。
home-observation-notice-rule-mask = 身邊有人時須佩戴口罩。
home-observation-notice-rule-tableware = 個人毛巾、餐具等須與他人分開使用。
home-observation-notice-rule-waste = 用過的口罩及紙巾丟入有蓋垃圾桶，生活垃圾以雙層垃圾袋包好，交由社區工作人員處理。
home-observation-notice-rule-supplies = 如需生活物資，可聯絡社區代為配送。
home-observation-notice-section-consequences = 違反規定的後果
home-observation-notice-consequence-transfer = 違反居家觀察規定者，將改為集中醫學觀察（按當地規定，費用可能由本人承擔），觀察期重新計算。
home-observation-notice-consequence-law = 違反規定者，可依照《中華人民共和國治安管理處罰法》第五十條予以處罰；造成疫情傳播者，依法追究刑事責任。
home-observation-notice-section-contacts = 聯絡方式
home-observation-notice-acknowledge = 本人已閱讀並理解本告知書的全部內容，承諾遵守。
