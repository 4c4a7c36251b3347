'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { localize, type Translate } from '@/lib/i18n/message';

/**
 * Messages by key in the browser: the schemas' messages are catalogue keys (lib/i18n/message.ts), and the root
 * layout hands the browser the `fields` and `validation` namespaces. Messages the server sends are already
 * translated, and pass through unchanged.
 */
export function useLocalize(): (message: string) => string {
  const t = useTranslations() as unknown as Translate;
  return useCallback((message: string) => localize(message, t), [t]);
}

/** react-hook-form's zod resolver, with every error message in the reader's language. */
export function localizedResolver<TIn extends FieldValues>(
  schema: z.ZodType<unknown, TIn>,
  localizeMessage: (message: string) => string,
): Resolver<TIn> {
  // The resolver checks the same rules as the server; its typed output is not needed here.
  const base = zodResolver(schema as never) as unknown as Resolver<TIn>;
  return async (values, context, options) => {
    const result = await base(values, context, options);
    return { ...result, errors: localizeErrors(result.errors, localizeMessage) } as typeof result;
  };
}

function localizeErrors<T>(errors: T, localizeMessage: (message: string) => string): T {
  if (!errors || typeof errors !== 'object') return errors;
  const out: Record<string, unknown> = Array.isArray(errors) ? ([] as unknown as Record<string, unknown>) : {};
  for (const [k, v] of Object.entries(errors)) {
    if (k === 'ref') out[k] = v;
    else if (k === 'message' && typeof v === 'string') out[k] = localizeMessage(v);
    else out[k] = localizeErrors(v, localizeMessage);
  }
  return out as T;
}
