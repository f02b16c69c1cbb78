"use client";

import { useFormContext } from "./form-context";

/**
 * Values the form carries without showing (notes a form does not edit, such as a participating
 * state's note), so saving the list they belong to does not drop them.
 */
export function HiddenValues({ prefix }: { prefix: string }) {
  const { values } = useFormContext();
  return (
    <>
      {Object.entries(values)
        .filter(([name]) => name.startsWith(prefix))
        .flatMap(([name, value]) =>
          (Array.isArray(value) ? value : [value]).map((v, i) => (
            <input key={`${name}-${i}`} type="hidden" name={name} value={v} />
          )),
        )}
    </>
  );
}
