import type { Role } from './organization.enums';

export interface UserDto {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The body the user works for; null for admins without one. */
  bodyId: string | null;
}

export interface LoginResponse {
  /** JWT to send as `Authorization: Bearer <token>`. */
  accessToken: string;
  /** Seconds until the token expires. */
  expiresIn: number;
  user: UserDto;
}
