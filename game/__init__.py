"""The story engine of 시간이 멈춘 세상 · The World Where Time Stopped: no scenes and no story text here."""
