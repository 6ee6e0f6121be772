# Health commitment letter: signed by a resident on arrival or on return to
# a compound, school or workplace.

health-commitment-title = 健康承諾書
health-commitment-intro = 為做好疫情防控工作，保障您和他人的健康，請如實填寫以下資料，逐項作出聲明，並簽名確認。
health-commitment-section-info = 個人資料
health-commitment-section-declarations = 健康聲明（請在「是」或「否」前的方格內打「✓」）
health-commitment-declare-case = 近 { $days } 天內，我曾被診斷為新冠肺炎確診病例、疑似病例或無症狀感染者。
health-commitment-declare-symptoms = 近 { $days } 天內，我曾出現發燒（體溫 ≥ { $threshold } ℃）、咳嗽、呼吸急促、疲倦乏力、喉嚨痛、嗅覺或味覺減退、腹瀉等症狀之一。
health-commitment-declare-contact = 近 { $days } 天內，我曾接觸確診病例、疑似病例，或來自疫情發生地區的發燒人士。
health-commitment-declare-building = 我所居住的大樓內有確診病例或疑似病例。
health-commitment-declare-medicine = 近 { $days } 天內，我曾服用退燒藥物。
health-commitment-section-pledges = 本人鄭重承諾
health-commitment-pledge-true = 以上填寫的資料真實、準確、完整。
health-commitment-pledge-report = 如出現上述任何症狀，將立即向所在社區或單位報告，並按規定就醫。
health-commitment-pledge-obey = 服從並配合醫學觀察、核酸檢測等各項防疫安排。
health-commitment-pledge-mask = 在公共場所及搭乘交通工具時全程佩戴口罩。
health-commitment-liability = 本人知悉：隱瞞或虛報資料、拒絕接受檢測或隔離者，將依照《中華人民共和國傳染病防治法》第十二條、第七十七條等規定承擔相應法律責任，並可能被記入個人信用紀錄。
