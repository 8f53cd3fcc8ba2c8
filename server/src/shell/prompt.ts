/** Bash's prompts: Ubuntu's coloured PS1 (`student@minikube:~$ `) and PS2 (`> `). */
export function primaryPrompt(user: string, hostname: string, cwd: string, home: string): string {
  const dir = cwd === home ? '~' : cwd.startsWith(`${home}/`) ? `~${cwd.slice(home.length)}` : cwd;
  const sign = user === 'root' ? '#' : '$';
  return `\x1b[01;32m${user}@${hostname}\x1b[00m:\x1b[01;34m${dir}\x1b[00m${sign} `;
}

export const CONTINUATION_PROMPT = '> ';
