import { useMutation } from '@tanstack/react-query';
import { useNotify, useRefresh } from 'react-admin';
import { errorMessage } from '../api/http';

export interface ApiMutationOptions<TResult> {
  /** Notification on success: a message key, or one built from the answer. */
  success?:
    | string
    | ((result: TResult) => {
        message: string;
        args?: Record<string, unknown>;
      });
  onSuccess?: (result: TResult) => void;
  /** Reload the page's queries when the call ends, succeeded or not (default true): the api may have changed the record either way. */
  refresh?: boolean;
}

/**
 * A data provider call as a react-query mutation, as react-admin's demo does custom actions:
 * `isPending` while it runs, the api's message as an error notification, a success notice.
 */
export function useApiMutation<TVariables = void, TResult = unknown>(
  mutationFn: (variables: TVariables) => Promise<TResult>,
  { success, onSuccess, refresh = true }: ApiMutationOptions<TResult> = {},
) {
  const notify = useNotify();
  const refreshView = useRefresh();
  return useMutation<TResult, unknown, TVariables>({
    mutationFn,
    onSuccess: (result) => {
      if (success) {
        const { message, args } =
          typeof success === 'string'
            ? { message: success, args: undefined }
            : success(result);
        notify(message, { type: 'success', messageArgs: args });
      }
      onSuccess?.(result);
    },
    onError: (error) => notify(errorMessage(error), { type: 'error' }),
    onSettled: () => {
      if (refresh) refreshView();
    },
  });
}
