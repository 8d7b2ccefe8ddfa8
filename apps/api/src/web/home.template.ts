/** The public start page: who we are, what is posted for objections, where the API is. */
export const HOME_TEMPLATE = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thi đua - Khen thưởng · {{bodyName}}</title>
<style>
  body { font-family: "Tinos", "Times New Roman", serif; margin: 0; color: #1a1a1a; background: #fafafa; }
  header { background: #8b0000; color: #fff; padding: 1rem 1.5rem; }
  header h1 { margin: 0; font-size: 1.4rem; }
  main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem; }
  table { width: 100%; border-collapse: collapse; background: #fff; }
  th, td { border: 1px solid #ccc; padding: .5rem; text-align: left; }
  th { background: #f0e6e6; }
  a { color: #00509e; }
</style>
</head>
<body>
<header>
  <h1>Hệ thống Thi đua - Khen thưởng</h1>
  <p>{{bodyName}}</p>
</header>
<main>
  <h2>Danh sách hồ sơ đề nghị khen thưởng</h2>
  {{#if proposals.length}}
  <table>
    <thead><tr><th scope="col">Cá nhân / tập thể</th><th scope="col">Danh hiệu</th><th scope="col">Năm</th><th scope="col">Đơn vị đề nghị</th><th scope="col">Tình trạng</th></tr></thead>
    <tbody>
    {{#each proposals}}
      <tr><td>{{nomineeName}}</td><td>{{titleName}}</td><td>{{year}}</td><td>{{unitName}}</td><td>{{statusName}}</td></tr>
    {{/each}}
    </tbody>
  </table>
  {{else}}
  <p>Chưa có hồ sơ nào.</p>
  {{/if}}
  <p>Giao diện lập trình (REST): <a href="/api/docs">/api/docs</a> · Tình trạng hệ thống: <a href="/health">/health</a></p>
</main>
</body>
</html>`;
