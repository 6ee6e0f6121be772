# Isolation commitment letter: the resident's own pledge to complete the
# isolation, signed in front of a witness (often the staff of the resident's
# embassy). The same letter serves home isolation and centralized
# observation; $setting says which: "home" or "site".
# Variables: $setting ("home" or "site"), $days (length of isolation).

# Title when the resident is isolated at home.
isolation-commitment-title = Home Isolation Commitment Letter
# Title when the resident is observed at a designated hotel or site.
isolation-commitment-title-site = Centralized Observation Commitment Letter
# Opening sentence, before the numbered pledges.
isolation-commitment-intro = To support epidemic prevention and control and to protect my own health and that of my family and others, I solemnly pledge that I will:
# Pledge: complete the whole period at the place given in the table.
isolation-commitment-pledge-complete =
    { $setting ->
        [site] complete { $days } days of centralized medical observation at the site and in the room given above, on the dates given above;
       *[home] complete { $days } days of home isolation at the address given above, on the dates given above;
    }
# Pledge: take the temperature twice a day and report it.
isolation-commitment-pledge-report = take my temperature every morning and every evening and report it truthfully, and report at once if I have fever, a cough or other symptoms;
# Pledge: accept door sensors, visits and phone checks.
isolation-commitment-pledge-checks = accept and cooperate with checks by door sensor, home visit, phone call or other means;
# Pledge: not leave without permission.
isolation-commitment-pledge-leave =
    { $setting ->
        [site] not leave my room without the permission of the site’s staff.
       *[home] not leave the address without the permission of my community, and receive no visitors.
    }
# What breaking the pledge entails.
isolation-commitment-liability = I understand that if I break this pledge, I will be held legally liable under the Law of the People’s Republic of China on the Prevention and Control of Infectious Diseases, the Public Security Administration Punishments Law and other applicable provisions.
# Above the signatures: the resident signed in front of the witness.
isolation-commitment-witnessed = I have signed this letter in the presence of the witness.
