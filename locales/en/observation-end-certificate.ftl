# End-of-observation certificate: certifies that a resident completed
# medical observation with no abnormal findings; issued under the office's
# seal.
# Variables: $name (the resident), $days (length of observation), $start and
# $end (first and last day, dates), $monitoring (days of further
# self-monitoring), $hotline (phone number).

# Title of the certificate.
observation-end-certificate-title = Certificate of Completed Observation
# The certifying sentence.
observation-end-certificate-body = This is to certify that { $name } has completed { $days } days of medical observation as required, from { $start } to { $end }. No fever or other abnormal findings were observed during this period, and the medical observation is hereby ended.
# Heading of the advice after release.
observation-end-certificate-section-advice = After your release
# Advice: go straight home.
observation-end-certificate-advice-home = Go straight home, wear a mask all the way and avoid crowded places.
# Advice: keep monitoring health for a further period.
observation-end-certificate-advice-monitor = Keep monitoring your health for { $monitoring } more days, and take your temperature every morning and every evening.
# Advice: call the hotline if symptoms appear.
observation-end-certificate-advice-symptoms = If you have fever, a cough or other symptoms, call the hotline at once ({ $hotline }) and seek medical care as instructed; do not take public transport.
