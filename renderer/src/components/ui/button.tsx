import { forwardRef, type AnchorHTMLAttributes, type ButtonHTMLAttributes } from 'react';
import { cn } from '../../lib/cn';

const variants = {
  default: 'bg-primary text-primary-foreground shadow-sm hover:bg-primary/90',
  brand: 'bg-brand text-brand-foreground shadow-sm hover:bg-brand/90',
  destructive: 'bg-destructive text-white shadow-sm hover:bg-destructive/90',
  outline: 'border border-input bg-card shadow-sm hover:bg-accent hover:text-accent-foreground',
  secondary: 'bg-secondary text-secondary-foreground hover:bg-secondary/80',
  ghost: 'hover:bg-accent hover:text-accent-foreground',
  link: 'text-primary underline-offset-4 hover:underline',
} as const;

const sizes = {
  default: 'h-9 px-4 py-2',
  sm: 'h-8 rounded-md px-3 text-xs',
  lg: 'h-10 rounded-md px-6',
  icon: 'h-9 w-9',
} as const;

interface Look {
  variant?: keyof typeof variants;
  size?: keyof typeof sizes;
}

const buttonClasses = ({ variant = 'default', size = 'default' }: Look, className?: string) =>
  cn(
    'inline-flex shrink-0 items-center justify-center gap-2 whitespace-nowrap rounded-md text-sm font-medium transition-colors',
    'focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 disabled:pointer-events-none disabled:opacity-50',
    '[&_svg]:size-4 [&_svg]:shrink-0',
    variants[variant],
    sizes[size],
    className,
  );

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & Look;

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(
  ({ className, variant, size, type = 'button', ...props }, ref) => (
    <button ref={ref} type={type} className={buttonClasses({ variant, size }, className)} {...props} />
  ),
);
Button.displayName = 'Button';

/** A link that looks like a button (shadcn's `<Button asChild><a/></Button>`): it navigates. */
export const ButtonLink = ({ className, variant, size, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & Look) => (
  <a className={buttonClasses({ variant, size }, className)} {...props} />
);
