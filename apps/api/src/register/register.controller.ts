import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiConsumes, ApiForbiddenResponse, ApiNotFoundResponse, ApiTags, ApiUnauthorizedResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import type { RequestActor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { UPLOAD_OPTIONS, type UploadedBinary } from '../common/uploaded-file';
import { PeopleService } from './people.service';
import { AwardRecordDto, DueQuery, HouseholdDto, RegisterReportQuery, IdParams, PeopleQuery, PersonDto, RecipientParams, RegisterQuery } from './register.dto';
import { RegisterImportService } from './register-import.service';
import { RegisterReportsService } from './register-reports.service';
import { RegisterService, type RecipientRef } from './register.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export function sendWorkbook(res: Response, bytes: Buffer, fileName: string): void {
  res.setHeader('content-type', XLSX);
  res.setHeader('content-disposition', `attachment; filename="${fileName}"`);
  res.end(bytes);
}

export const RECIPIENT_KIND_BY_SLUG: Readonly<Record<RecipientParams['kind'], RecipientRef['kind']>> = { 'ca-nhan': 'PERSON', 'ho-gia-dinh': 'HOUSEHOLD', 'tap-the': 'UNIT' };

@ApiTags('people')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Dữ liệu gửi lên không hợp lệ (thông báo tiếng Việt theo từng trường).' })
@ApiUnauthorizedResponse({ description: 'Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn.' })
@ApiForbiddenResponse({ description: 'Vai trò của người dùng không được thực hiện thao tác này, hoặc không phải đơn vị của mình.' })
@ApiNotFoundResponse({ description: 'Không tìm thấy hoặc không thuộc phạm vi của người dùng.' })
@Controller('api/v1')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get('people')
  @Roles('OFFICER', 'UNIT_HEAD')
  listPeople(@CurrentActor() actor: RequestActor, @Query() query: PeopleQuery) {
    return this.people.listPeople(actor, query);
  }

  @Post('people')
  @Roles('OFFICER', 'UNIT_HEAD')
  createPerson(@CurrentActor() actor: RequestActor, @Body() dto: PersonDto) {
    return this.people.createPerson(actor, dto);
  }

  @Get('people/:id')
  @Roles('OFFICER', 'UNIT_HEAD')
  person(@CurrentActor() actor: RequestActor, @Param() { id }: IdParams) {
    return this.people.person(actor, id);
  }

  @Put('people/:id')
  @Roles('OFFICER', 'UNIT_HEAD')
  updatePerson(@CurrentActor() actor: RequestActor, @Param() { id }: IdParams, @Body() dto: PersonDto) {
    return this.people.updatePerson(actor, id, dto);
  }

  @Post('people/:id/deactivate')
  @HttpCode(200)
  @Roles('OFFICER', 'UNIT_HEAD')
  deactivatePerson(@CurrentActor() actor: RequestActor, @Param() { id }: IdParams) {
    return this.people.setPersonActive(actor, id, false);
  }

  @Post('people/:id/reactivate')
  @HttpCode(200)
  @Roles('OFFICER', 'UNIT_HEAD')
  reactivatePerson(@CurrentActor() actor: RequestActor, @Param() { id }: IdParams) {
    return this.people.setPersonActive(actor, id, true);
  }

  @Get('households')
  @Roles('OFFICER', 'UNIT_HEAD')
  listHouseholds(@CurrentActor() actor: RequestActor, @Query() query: PeopleQuery) {
    return this.people.listHouseholds(actor, query);
  }

  @Post('households')
  @Roles('OFFICER', 'UNIT_HEAD')
  createHousehold(@CurrentActor() actor: RequestActor, @Body() dto: HouseholdDto) {
    return this.people.createHousehold(actor, dto);
  }

  @Get('households/:id')
  @Roles('OFFICER', 'UNIT_HEAD')
  household(@CurrentActor() actor: RequestActor, @Param() { id }: IdParams) {
    return this.people.household(actor, id);
  }

  @Put('households/:id')
  @Roles('OFFICER', 'UNIT_HEAD')
  updateHousehold(@CurrentActor() actor: RequestActor, @Param() { id }: IdParams, @Body() dto: HouseholdDto) {
    return this.people.updateHousehold(actor, id, dto);
  }

  @Post('households/:id/deactivate')
  @HttpCode(200)
  @Roles('OFFICER', 'UNIT_HEAD')
  deactivateHousehold(@CurrentActor() actor: RequestActor, @Param() { id }: IdParams) {
    return this.people.setHouseholdActive(actor, id, false);
  }
}

@ApiTags('register')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Dữ liệu gửi lên không hợp lệ (thông báo tiếng Việt theo từng trường).' })
@ApiUnauthorizedResponse({ description: 'Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn.' })
@ApiForbiddenResponse({ description: 'Vai trò của người dùng không được thực hiện thao tác này.' })
@ApiNotFoundResponse({ description: 'Không tìm thấy hoặc không thuộc phạm vi của người dùng.' })
@ApiUnprocessableEntityResponse({ description: 'Tệp có dòng không hợp lệ (nêu từng dòng); chưa nhập dòng nào.' })
@Controller('api/v1/register')
export class RegisterController {
  constructor(
    private readonly register: RegisterService,
    private readonly imports: RegisterImportService,
    private readonly reports: RegisterReportsService,
  ) {}

  @Get()
  lookup(@CurrentActor() actor: RequestActor, @Query() query: RegisterQuery) {
    return this.register.lookup(actor, query);
  }

  @Get('export.xlsx')
  async export(@CurrentActor() actor: RequestActor, @Query() query: RegisterQuery, @Res() res: Response): Promise<void> {
    sendWorkbook(res, await this.register.exportWorkbook(actor, query), 'so-theo-doi-khen-thuong.xlsx');
  }

  @Get('reports/awards')
  statistics(@CurrentActor() actor: RequestActor, @Query() { yearFrom, yearTo }: RegisterReportQuery) {
    return this.reports.statistics(actor, yearFrom, yearTo);
  }

  @Get('reports/due-next-year')
  dueNextYear(@CurrentActor() actor: RequestActor, @Query() { year }: DueQuery) {
    return this.reports.dueNextYear(actor, year);
  }

  @Post('records')
  @Roles('OFFICER')
  @ApiConflictResponse({ description: 'Khen thưởng này đã có trong sổ theo dõi.' })
  record(@CurrentActor() actor: RequestActor, @Body() dto: AwardRecordDto) {
    return this.imports.recordOne(actor, dto);
  }

  @Get(':kind/:id')
  history(@CurrentActor() actor: RequestActor, @Param() { kind, id }: RecipientParams) {
    return this.register.history(actor, { kind: RECIPIENT_KIND_BY_SLUG[kind], id });
  }

  @Post('import')
  @Roles('OFFICER')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file', UPLOAD_OPTIONS))
  async import(@CurrentActor() actor: RequestActor, @UploadedFile() file: UploadedBinary | undefined, @Res({ passthrough: true }) res: Response) {
    const report = await this.imports.import(actor, file);
    res.status(report.duplicate ? 200 : 201);
    return report;
  }
}
