/**
 * A short list of the passwords and words people pick most (from published breach-frequency lists).
 * Anything built mainly from these is guessed in the first seconds of an attack, whatever its length.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  (
    'password passw0rd 123456 12345678 123456789 1234567890 qwerty qwertyuiop asdfgh asdfghjkl zxcvbn 111111 000000 ' +
    'abc123 letmein welcome monkey dragon master login admin princess sunshine iloveyou football baseball ' +
    'starwars trustno1 shadow superman batman michael jennifer hunter freedom whatever secret summer winter ' +
    'hello charlie donald qazwsx mustang access flower hottie loveme zaq1zaq1 password1 password123 ' +
    'changeme default guest test test123 root toor pass 1q2w3e4r 1qaz2wsx q1w2e3r4 aa123456 ' +
    'health hospital doctor medical patient vault imaging'
  ).split(' '),
);
