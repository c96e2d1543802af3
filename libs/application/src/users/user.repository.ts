import type { NotificationPreferencesDto, Role, UserDto } from '@luyue/contracts';

/** The fields an administrator sets on a user (the audit event records them old → new). */
export type UserAdminState = {
  email: string;
  name: string;
  role: Role;
  bodyId: string | null;
  active: boolean;
  notifyDueSoon: boolean;
  digestOnly: boolean;
};

export type UserAdminField = keyof UserAdminState;

export interface NewUser {
  email: string;
  name: string;
  passwordHash: string;
  role: Role;
  bodyId: string | null;
}

/** What sign-in checks. */
export interface UserCredentials extends UserDto {
  passwordHash: string;
  active: boolean;
  tokenVersion: number;
}

/** User accounts (port; the SQL adapter is libs/persistence's SqlUserRepository). */
export interface UserRepository {
  /** The body of an active user (null: an admin without one); undefined when no such active user. */
  activeUserBody(id: string): Promise<{ bodyId: string | null } | undefined>;
  /** A user with this email already is a DuplicateError (409). Answers the id and the state as stored. */
  create(user: NewUser): Promise<{ id: string; state: UserAdminState }>;
  /** The state, locked for the update that follows. */
  adminState(id: string): Promise<UserAdminState | undefined>;
  /** Writes the given fields (and the password hash); a taken email is a DuplicateError (409). */
  update(id: string, changes: Partial<UserAdminState>, passwordHash?: string): Promise<void>;
  credentialsByEmail(email: string): Promise<UserCredentials | undefined>;
  credentialsById(id: string): Promise<UserCredentials | undefined>;
  /** Stores a new password hash; answers the token_version the users trigger moved to. */
  setPassword(id: string, passwordHash: string): Promise<number>;
  notificationPreferences(id: string): Promise<NotificationPreferencesDto | undefined>;
  setNotificationPreferences(id: string, changes: Partial<NotificationPreferencesDto>): Promise<void>;
}
