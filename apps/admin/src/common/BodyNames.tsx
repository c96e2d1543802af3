import {
  ReferenceArrayField,
  SingleFieldList,
  ChipField,
  type ReferenceArrayFieldProps,
} from 'react-admin';

/** Names of the bodies whose ids are in `source` (leadBodyIds / coBodyIds), as chips. */
export function BodyNames(
  props: Omit<ReferenceArrayFieldProps, 'reference' | 'children'>,
) {
  return (
    <ReferenceArrayField reference="bodies" {...props}>
      <SingleFieldList linkType={false}>
        <ChipField source="name" size="small" />
      </SingleFieldList>
    </ReferenceArrayField>
  );
}
