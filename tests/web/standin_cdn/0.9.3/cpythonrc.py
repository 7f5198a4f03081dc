# stand-in for pygbag 0.9.3's cpythonrc.py: the interpreter that would run it is not available here
