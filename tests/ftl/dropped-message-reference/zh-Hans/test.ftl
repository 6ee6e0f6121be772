hotline = 服务热线
call = 请拨打{ hotline }
