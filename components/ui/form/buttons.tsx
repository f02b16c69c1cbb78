"use client";

import type { ButtonHTMLAttributes, ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { buttonBase, buttonTones, type ButtonTone } from "./button-styles";

/** Submits its form; says it is working while the server answers (and cannot be pressed twice). */
export function SubmitButton({
  children,
  pendingLabel,
  tone = "primary",
  className = "",
  ...rest
}: { children: ReactNode; pendingLabel: string; tone?: ButtonTone } & Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  "type"
>) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending || undefined}
      className={`${buttonBase} ${buttonTones[tone]} ${className}`}
      {...rest}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}

export function Button({
  children,
  tone = "secondary",
  className = "",
  type = "button",
  ...rest
}: { children: ReactNode; tone?: ButtonTone } & ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button type={type} className={`${buttonBase} ${buttonTones[tone]} ${className}`} {...rest}>
      {children}
    </button>
  );
}
