-brand = 가오즈
-unused-term = 용어
about = { -brand } 소개
    .title = { about }
button = 확인
    .title = { button } 누르기
period = { DATETIME($start, dateStyle: "long") }~{ DATETIME($end, dateStyle: "long") }({ $days }일간)
temp = 체온 ≥ { NUMBER($t, minimumFractionDigits: 1) } ℃
pronoun = { $sex ->
    [male] 그
    [female] 그녀
   *[other] 그 사람
}
multi =
    첫째 줄
    둘째 줄
