// Every TypeORM entity. New entities are appended here.
export const ALL_ENTITIES: (new (...args: never[]) => object)[] = [];
