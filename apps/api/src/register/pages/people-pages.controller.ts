import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { Roles } from '../../auth/auth.decorators';
import type { WebRequest } from '../../auth/web-session';
import type { FieldProblem } from '../../common/api-error';
import { PeopleService } from '../people.service';
import { HouseholdDto, IdParams, PeopleQuery, PersonDto } from '../register.dto';
import { formFailure, INVALID_FORM } from '../../admin/pages/admin-form-failure';
import { parseForm, problemsByField } from '../../web/form';
import { PageRenderer } from '../../web/page-renderer';
import { WebExceptionFilter } from '../../web/web-exception.filter';

const PEOPLE_DONE_VI: Readonly<Record<string, string>> = { CREATED: 'Đã thêm cá nhân.', UPDATED: 'Đã lưu thông tin.', DEACTIVATED: 'Đã ngừng theo dõi cá nhân này.', REACTIVATED: 'Đã theo dõi lại cá nhân này.' };

class PeoplePageQuery extends PeopleQuery {
  @IsOptional()
  @IsIn(Object.keys(PEOPLE_DONE_VI), { message: 'Tham số không hợp lệ.' })
  done?: string;
}

/** Danh sách cá nhân: the officer keeps everyone, a unit head their own unit; deactivated, never deleted. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('danh-sach-ca-nhan')
export class PeoplePagesController {
  constructor(
    private readonly people: PeopleService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('OFFICER', 'UNIT_HEAD')
  list(@Req() req: WebRequest, @Res() res: Response, @Query() { done, ...query }: PeoplePageQuery): Promise<void> {
    return this.render(req, res, query, {}, [], undefined, 200, done ? PEOPLE_DONE_VI[done] : undefined);
  }

  @Post()
  @Roles('OFFICER', 'UNIT_HEAD')
  async create(@Req() req: WebRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const values = body as Record<string, unknown>;
    const form = await parseForm(PersonDto, body);
    if (!form.ok) return this.render(req, res, {}, values, form.problems, INVALID_FORM, 400);
    try {
      await this.people.createPerson(req.actor!, form.value);
    } catch (error) {
      const failure = formFailure(error);
      return this.render(req, res, {}, values, failure.problems, failure.error, failure.status);
    }
    res.redirect(303, '/danh-sach-ca-nhan?done=CREATED');
  }

  @Get(':id')
  @Roles('OFFICER', 'UNIT_HEAD')
  async edit(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: IdParams, @Query('done') done?: string): Promise<void> {
    const person = await this.people.person(req.actor!, id);
    return this.renderEdit(req, res, id, { ...person, position: person.position ?? '', dateOfBirth: person.dateOfBirth ?? '' }, [], undefined, 200, typeof done === 'string' ? PEOPLE_DONE_VI[done] : undefined);
  }

  @Post(':id')
  @Roles('OFFICER', 'UNIT_HEAD')
  async update(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: IdParams, @Body() body: unknown): Promise<void> {
    const values = body as Record<string, unknown>;
    const form = await parseForm(PersonDto, body);
    if (!form.ok) return this.renderEdit(req, res, id, values, form.problems, INVALID_FORM, 400);
    try {
      await this.people.updatePerson(req.actor!, id, form.value);
    } catch (error) {
      const failure = formFailure(error);
      return this.renderEdit(req, res, id, values, failure.problems, failure.error, failure.status);
    }
    res.redirect(303, `/danh-sach-ca-nhan/${id}?done=UPDATED`);
  }

  @Post(':id/ngung-theo-doi')
  @Roles('OFFICER', 'UNIT_HEAD')
  async deactivate(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: IdParams): Promise<void> {
    await this.people.setPersonActive(req.actor!, id, false);
    res.redirect(303, `/danh-sach-ca-nhan/${id}?done=DEACTIVATED`);
  }

  @Post(':id/theo-doi-lai')
  @Roles('OFFICER', 'UNIT_HEAD')
  async reactivate(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: IdParams): Promise<void> {
    await this.people.setPersonActive(req.actor!, id, true);
    res.redirect(303, `/danh-sach-ca-nhan/${id}?done=REACTIVATED`);
  }

  private async render(req: WebRequest, res: Response, query: PeopleQuery, values: Record<string, unknown>, problems: FieldProblem[], error: string | undefined, status: number, notice?: string) {
    const [people, units] = await Promise.all([this.people.listPeople(req.actor!, query), this.people.units(req.actor!)]);
    await this.pages.send(
      req,
      res,
      'people',
      'Danh sách cá nhân',
      {
        query,
        people: people.map((p) => ({ ...p, genderName: p.gender === 'NU' ? 'Nữ' : p.gender === 'NAM' ? 'Nam' : '' })),
        units: units.map((u) => ({ ...u, selected: u.id === values.unitId, filtered: u.id === query.unitId })),
        values,
        fieldErrors: problemsByField(problems),
        error,
        errorList: problems.flatMap((p) => p.messages),
        notice,
      },
      status,
    );
  }

  private async renderEdit(req: WebRequest, res: Response, id: string, values: Record<string, unknown>, problems: FieldProblem[], error: string | undefined, status: number, notice?: string) {
    const [person, units] = await Promise.all([this.people.person(req.actor!, id), this.people.units(req.actor!)]);
    await this.pages.send(
      req,
      res,
      'person-edit',
      person.fullName,
      {
        person,
        values,
        units: units.map((u) => ({ ...u, selected: u.id === values.unitId })),
        fieldErrors: problemsByField(problems),
        error,
        errorList: problems.flatMap((p) => p.messages),
        notice,
      },
      status,
    );
  }
}

const HOUSEHOLD_DONE_VI: Readonly<Record<string, string>> = { CREATED: 'Đã thêm hộ gia đình.', UPDATED: 'Đã lưu thông tin.', DEACTIVATED: 'Đã ngừng theo dõi hộ gia đình này.' };

class HouseholdPageQuery extends PeopleQuery {
  @IsOptional()
  @IsIn(Object.keys(HOUSEHOLD_DONE_VI), { message: 'Tham số không hợp lệ.' })
  done?: string;
}

/** Danh sách hộ gia đình: a residential group's head keeps its households, the officer all; deactivated, never deleted. */
@ApiExcludeController()
@UseFilters(WebExceptionFilter)
@Controller('danh-sach-ho-gia-dinh')
export class HouseholdPagesController {
  constructor(
    private readonly people: PeopleService,
    private readonly pages: PageRenderer,
  ) {}

  @Get()
  @Roles('OFFICER', 'UNIT_HEAD')
  list(@Req() req: WebRequest, @Res() res: Response, @Query() { done, ...query }: HouseholdPageQuery): Promise<void> {
    return this.render(req, res, query, {}, [], undefined, 200, done ? HOUSEHOLD_DONE_VI[done] : undefined);
  }

  @Post()
  @Roles('OFFICER', 'UNIT_HEAD')
  async create(@Req() req: WebRequest, @Res() res: Response, @Body() body: unknown): Promise<void> {
    const values = body as Record<string, unknown>;
    const form = await parseForm(HouseholdDto, body);
    if (!form.ok) return this.render(req, res, {}, values, form.problems, INVALID_FORM, 400);
    try {
      await this.people.createHousehold(req.actor!, form.value);
    } catch (error) {
      const failure = formFailure(error);
      return this.render(req, res, {}, values, failure.problems, failure.error, failure.status);
    }
    res.redirect(303, '/danh-sach-ho-gia-dinh?done=CREATED');
  }

  @Post(':id/ngung-theo-doi')
  @Roles('OFFICER', 'UNIT_HEAD')
  async deactivate(@Req() req: WebRequest, @Res() res: Response, @Param() { id }: IdParams): Promise<void> {
    await this.people.setHouseholdActive(req.actor!, id, false);
    res.redirect(303, '/danh-sach-ho-gia-dinh?done=DEACTIVATED');
  }

  private async render(req: WebRequest, res: Response, query: PeopleQuery, values: Record<string, unknown>, problems: FieldProblem[], error: string | undefined, status: number, notice?: string) {
    const [households, units] = await Promise.all([this.people.listHouseholds(req.actor!, query), this.people.units(req.actor!)]);
    const groups = units.filter((u) => u.kind === 'TO_DAN_PHO');
    await this.pages.send(
      req,
      res,
      'households',
      'Danh sách hộ gia đình',
      {
        query,
        households,
        groups: groups.map((u) => ({ ...u, selected: u.id === values.residentialGroupId, filtered: u.id === query.unitId })),
        values,
        fieldErrors: problemsByField(problems),
        error,
        errorList: problems.flatMap((p) => p.messages),
        notice,
      },
      status,
    );
  }
}
