interface Props {
  text: string;
  hint: string;
}

/** "Diatur oleh sekolah / Managed by your school" next to a control the school policy locks. */
export function ManagedBadge({ text, hint }: Props) {
  return (
    <span className="managed" title={hint}>
      <span aria-hidden="true">🏫 </span>
      {text}
    </span>
  );
}
