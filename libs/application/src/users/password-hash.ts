import { hash } from 'argon2';

export const MIN_PASSWORD_LENGTH = 10;

export const hashPassword = (password: string): Promise<string> => hash(password, { type: 2 /* argon2id */ });
