stay = Do not go out 观察期间.
