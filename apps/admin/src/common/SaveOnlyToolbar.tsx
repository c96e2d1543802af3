import { SaveButton, Toolbar } from 'react-admin';

/** Edit toolbar without Delete: obligations and bodies are waived/discarded or kept, never deleted. */
export function SaveOnlyToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
}
