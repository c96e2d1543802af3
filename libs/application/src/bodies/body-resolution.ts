// Extracted subject names → registry bodies, within one jurisdiction (pure; unit-tested).

export interface BodyRef {
  id: string;
  name: string;
  aliases: readonly string[];
  jurisdiction: string;
}

export interface AliasDefinition {
  alias: string;
  full: string;
}

export interface SubjectResolution {
  bodyIds: string[];
  unresolved: string[];
}

const normalize = (name: string): string => name.replace(/\s+/g, '').trim();

/**
 * Resolver for one regulation: a subject matches a body of the regulation's jurisdiction by
 * name or alias; the regulation's own alias table (以下简称…) is applied first, so 管委会 in
 * that regulation means its full name there and nowhere else.
 */
export function bodyResolver(bodies: readonly BodyRef[], jurisdiction: string, regulationAliases: readonly AliasDefinition[] = []) {
  const byName = new Map<string, string>();
  for (const body of bodies) {
    if (body.jurisdiction !== jurisdiction) continue;
    for (const alias of body.aliases) byName.set(normalize(alias), body.id);
  }
  // Names win over registry aliases when both exist.
  for (const body of bodies) if (body.jurisdiction === jurisdiction) byName.set(normalize(body.name), body.id);
  const local = new Map(regulationAliases.map((a) => [normalize(a.alias), normalize(a.full)]));

  const resolveOne = (subject: string): string | undefined => {
    const name = normalize(subject);
    const full = local.get(name);
    return (full && byName.get(full)) ?? byName.get(name);
  };

  return {
    resolveOne,
    resolve(subjects: readonly string[]): SubjectResolution {
      const bodyIds: string[] = [];
      const unresolved: string[] = [];
      for (const subject of subjects) {
        const id = resolveOne(subject);
        if (id) {
          if (!bodyIds.includes(id)) bodyIds.push(id);
        } else if (!unresolved.includes(subject)) unresolved.push(subject);
      }
      return { bodyIds, unresolved };
    },
  };
}
