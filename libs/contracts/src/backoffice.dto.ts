// Shapes of the back-office endpoints of issue 20, shared by the api and the admin.

/** GET /api/body-registry: a body, how much it leads, and where its name came from. */
export interface RegistryBodyDto {
  id: string;
  name: string;
  aliases: string[];
  jurisdiction: string;
  level: string;
  kind: string;
  parentId: string | null;
  /** Obligations (not discarded) it leads / partners in; users of the body. */
  ledCount: number;
  coCount: number;
  userCount: number;
  /** Regulations whose extracted subjects name it (its name or an alias). */
  sources: { id: string; title: string }[];
  /** Created by an admin in the back office (not found by extraction). */
  manual: boolean;
  /** The name without level and place (自治区交通运输部门 → 交通运输部门). */
  bareName: string;
}

export interface BodyRegistryDto {
  bodies: RegistryBodyDto[];
  /** Bodies of one jurisdiction sharing a bare name: merge candidates. */
  duplicates: { jurisdiction: string; bareName: string; ids: string[] }[];
}
