a = {""}
b =  
c = ㅤ
d = { "  " }
e = { $setting ->
    [site] {""}
   *[home] 집
}
