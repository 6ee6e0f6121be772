# Health commitment letter: signed by a resident on arrival or on return to
# a compound, school or workplace.

health-commitment-title = Health Commitment Letter
health-commitment-intro = To help prevent and control the epidemic and protect your health and that of others, please fill in the information below truthfully, answer each declaration and sign.
health-commitment-section-info = Personal information
health-commitment-section-declarations = Health declaration (tick the box for “Yes” or “No”)
health-commitment-declare-case = In the last { $days } days, I have been diagnosed as a confirmed or suspected COVID-19 case or an asymptomatic carrier.
health-commitment-declare-symptoms = In the last { $days } days, I have had at least one of these symptoms: fever (temperature of { $threshold } °C or higher), cough, shortness of breath, fatigue, sore throat, loss of smell or taste, diarrhoea.
health-commitment-declare-contact = In the last { $days } days, I have been in contact with a confirmed or suspected case, or with a person with fever from an area with an outbreak.
health-commitment-declare-building = There is a confirmed or suspected case in the building where I live.
health-commitment-declare-medicine = In the last { $days } days, I have taken medicine to reduce fever.
health-commitment-section-pledges = I solemnly pledge that
health-commitment-pledge-true = the information above is true, accurate and complete;
health-commitment-pledge-report = if I have any of the symptoms above, I will report it at once to my community or employer and seek medical care as instructed;
health-commitment-pledge-obey = I will follow and cooperate with medical observation, nucleic acid testing and all other prevention measures;
health-commitment-pledge-mask = I will wear a mask at all times in public places and on public transport.
health-commitment-liability = I understand that concealing or falsifying information, or refusing testing or isolation, makes me legally liable under Articles 12 and 77 of the Law of the People’s Republic of China on the Prevention and Control of Infectious Diseases and other provisions, and may be entered in my record in the social credit system.
