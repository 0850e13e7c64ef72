// The heading of a tab page (settings, history, welcome): the icon, the page's title and a line under it.

export function PageHeader({ title, subtitle }: { title: string; subtitle: string }) {
  return (
    <header class="page-header">
      <img src="/icon/48.png" alt="" width={40} height={40} />
      <div>
        <h1>{title}</h1>
        <p class="muted">{subtitle}</p>
      </div>
    </header>
  );
}
