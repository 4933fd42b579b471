/**
 * Passwords of 10 or more characters that appear near the top of published breach-frequency
 * rankings (e.g. the NCSC "100k most common" list and the SecLists top lists), plus the words
 * such passwords are built from. Shorter passwords are refused by length already.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '1234567890', '0123456789', '1111111111', '0000000000', '1234512345', '1122334455',
  '1234554321', '1212121212', '1231231231', '12345678910', '123456789a', 'a123456789',
  '1234567890a', '123456789q', 'q123456789', '1q2w3e4r5t', '1q2w3e4r5t6y', '1qaz2wsx3edc',
  'zaq12wsxcde3', 'zaq1zaq1zaq1', '1qazxsw23edc', 'qazwsxedcrfv', 'qazwsxedc123', 'qwertyuiop',
  'qwertyuiop123', 'qwerty12345', 'qwerty123456', 'qwerty1234', 'qweasdzxc123', 'asdfghjkl1',
  'asdfghjkl123', 'asdf1234asdf', 'zxcvbnm123', 'password12', 'password123', 'password1234',
  'password12345', 'password!!', 'passw0rd123', 'p@ssw0rd123', 'p@ssword123', 'iloveyou12',
  'iloveyou123', 'iloveyou1234', 'letmein123', 'letmein1234', 'welcome123', 'welcome1234',
  'football123', 'baseball123', 'basketball', 'basketball1', 'superman123', 'batman12345',
  'sunshine123', 'princess123', 'monkey12345', 'dragon12345', 'master12345', 'michael123',
  'charlie123', 'starwars123', 'whatever123', 'computer123', 'internet123', 'changeme123',
  'trustno1trustno1', 'administrator', 'admin12345', 'admin123456', 'abcdefghij', 'abcdefg123',
  'abc1234567', 'abcd123456', 'abcd1234abcd', 'aaaaaaaaaa', 'myspace123', 'liverpool123',
  'chelsea123', 'arsenal123', 'jennifer123', 'jessica123', 'jordan2323', 'michelle123',
  'elizabeth1', 'christopher', 'christopher1', 'alexander1', 'qwerty123qwerty', 'pokemon123',
  'minecraft123', 'fortnite123', 'spiderman123', 'blink182blink182', 'hello12345', 'hello123456',
  'helloworld', 'helloworld1', 'helloworld123', 'goodmorning', 'lovelove123', 'iloveu1234',
  'blessed123', 'summer2020', 'summer2021', 'summer2022', 'summer2023', 'summer2024',
  'summer2025', 'summer2026', 'winter2024', 'winter2025', 'winter2026', 'spring2025',
  'spring2026', 'autumn2025', 'autumn2026', 'password2024', 'password2025', 'password2026',
  'welcome2025', 'welcome2026', '987654321a', '9876543210a', '5555555555', '7777777777',
  '9999999999', '1010101010', '2020202020', '6969696969', '1357924680', '2468013579',
]);

/** Words that, padded with digits or symbols ("password!2026"), still make a guessable password. */
export const COMMON_PASSWORD_STEMS: ReadonlySet<string> = new Set([
  'password', 'passwort', 'motdepasse', 'contrasena', 'qwerty', 'qwertyuiop', 'azerty',
  'letmein', 'welcome', 'iloveyou', 'admin', 'administrator', 'football', 'baseball',
  'basketball', 'soccer', 'hockey', 'superman', 'batman', 'spiderman', 'sunshine', 'princess',
  'monkey', 'dragon', 'master', 'shadow', 'trustno', 'whatever', 'computer', 'internet',
  'changeme', 'secret', 'starwars', 'pokemon', 'minecraft', 'fortnite', 'hello', 'helloworld',
  'freedom', 'flower', 'iloveu', 'lovely', 'loveme', 'blessed', 'summer', 'winter', 'spring',
  'autumn', 'pacewise', 'painfree', 'abcdef', 'abcdefg', 'asdfgh', 'zxcvbn', 'test', 'tester',
  'testing', 'guest', 'default', 'login', 'user', 'qazwsx', 'michael', 'jennifer', 'jessica',
  'charlie', 'jordan', 'liverpool', 'chelsea', 'arsenal',
]);
