import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import Handlebars from 'handlebars';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { awardTitleName, statusLabel } from '../common/labels';
import { HOME_TEMPLATE } from './home.template';

const render = Handlebars.compile(HOME_TEMPLATE);

/** Server-rendered start page; the full web app per role comes with issue 6. */
@ApiExcludeController()
@Controller()
export class HomeController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async home(): Promise<string> {
    const [body] = await this.dataSource.query(`SELECT id, name FROM issuing_body ORDER BY created_at LIMIT 1`);
    const rows: { title: string; year: number; nominee_name: string; unit_name: string; status: string }[] = body
      ? await this.dataSource.query(
          `SELECT p.title, p.year, p.nominee_name, u.name AS unit_name, p.status
             FROM proposal p JOIN unit u ON u.id = p.unit_id WHERE p.body_id = $1 ORDER BY p.updated_at DESC LIMIT 100`,
          [body.id],
        )
      : [];
    const proposals = rows.map((r) => ({
      nomineeName: r.nominee_name,
      titleName: awardTitleName(r.title, r.year),
      year: r.year,
      unitName: r.unit_name,
      statusName: statusLabel(r.status),
    }));
    return render({ bodyName: body?.name ?? 'Chưa có dữ liệu đơn vị', proposals });
  }
}
