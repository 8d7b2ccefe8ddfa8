import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiConsumes, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { Response } from 'express';
import type { RequestActor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { AsOfQuery, CandidateProposalsDto, CreatePlanDto, CreateTargetDto, PlanIdParams, PlanListQuery, PlanTargetParams, ProgressReportDto, RegisterDto, RemindDto, StatisticsQuery } from './plan.dto';
import { PlanDocumentService } from './plan-document.service';
import { PlanEvaluationService } from './plan-evaluation.service';
import { PlanExportService } from './plan-export.service';
import { PlanProgressService } from './plan-progress.service';
import { PlanRatingsService } from './plan-ratings.service';
import { PlanService } from './plan.service';
import { UPLOAD_OPTIONS, type UploadedBinary } from '../common/uploaded-file';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

class ReportParams extends PlanIdParams {
  @IsUUID('all', { message: 'Mã báo cáo không hợp lệ.' })
  reportId!: string;
}

function sendXlsx(res: Response, fileName: string, bytes: Buffer): void {
  res.setHeader('content-type', XLSX);
  res.setHeader('content-disposition', `attachment; filename="${fileName}"`);
  res.end(bytes);
}

@ApiTags('plans')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Dữ liệu gửi lên không hợp lệ (thông báo tiếng Việt theo từng trường).' })
@ApiUnauthorizedResponse({ description: 'Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn.' })
@ApiForbiddenResponse({ description: 'Vai trò của người dùng không được thực hiện thao tác này.' })
@ApiNotFoundResponse({ description: 'Không tìm thấy hoặc không thuộc phạm vi của người dùng.' })
@ApiConflictResponse({ description: 'Hồ sơ/đợt không ở bước cho phép thao tác này.' })
@ApiUnprocessableEntityResponse({ description: 'Không đáp ứng điều kiện theo quy định (nêu từng lý do và điều khoản).' })
@Controller('api/v1/plans')
export class PlanController {
  constructor(
    private readonly plans: PlanService,
    private readonly progress: PlanProgressService,
    private readonly ratings: PlanRatingsService,
    private readonly evaluation: PlanEvaluationService,
    private readonly exports: PlanExportService,
    private readonly documents: PlanDocumentService,
  ) {}

  @Post()
  @Roles('OFFICER', 'ADMIN')
  create(@CurrentActor() actor: RequestActor, @Body() dto: CreatePlanDto) {
    return this.plans.create(actor, dto);
  }

  @Get()
  list(@CurrentActor() actor: RequestActor, @Query() { year }: PlanListQuery) {
    return this.plans.list(actor, year);
  }

  @Get('statistics/awards')
  @Roles('OFFICER', 'ADMIN', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER')
  statistics(@CurrentActor() actor: RequestActor, @Query() { year }: StatisticsQuery) {
    return this.evaluation.statistics(actor, year);
  }

  @Get('statistics/awards.xlsx')
  @Roles('OFFICER', 'ADMIN', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER')
  async statisticsXlsx(@CurrentActor() actor: RequestActor, @Query() { year }: StatisticsQuery, @Res() res: Response) {
    sendXlsx(res, `thong-ke-khen-thuong${year ? `-${year}` : ''}.xlsx`, await this.exports.statisticsWorkbook(actor, year));
  }

  @Get(':id')
  get(@CurrentActor() actor: RequestActor, @Param() { id }: PlanIdParams) {
    return this.plans.get(actor, id);
  }

  @Post(':id/targets')
  @Roles('OFFICER', 'ADMIN')
  addTarget(@CurrentActor() actor: RequestActor, @Param() { id }: PlanIdParams, @Body() dto: CreateTargetDto) {
    return this.plans.addTarget(actor, id, dto);
  }

  @Post(':id/registrations')
  @Roles('UNIT_HEAD', 'OFFICER', 'ADMIN')
  @ApiCreatedResponse({ description: 'Đã đăng ký thi đua.' })
  @ApiOkResponse({ description: 'Đăng ký này đã có: trả về đăng ký đã lưu trước đó.' })
  async register(@CurrentActor() actor: RequestActor, @Param() { id }: PlanIdParams, @Body() dto: RegisterDto, @Res({ passthrough: true }) res: Response) {
    const { registration, created } = await this.plans.register(actor, id, dto);
    res.status(created ? 201 : 200);
    return registration;
  }

  @Get(':id/registrations')
  registrations(@CurrentActor() actor: RequestActor, @Param() { id }: PlanIdParams) {
    return this.plans.registrations(actor, id);
  }

  @Post(':id/reminders')
  @HttpCode(201)
  @Roles('OFFICER', 'ADMIN')
  remind(@CurrentActor() actor: RequestActor, @Param() { id }: PlanIdParams, @Body() dto: RemindDto) {
    return this.plans.remind(actor, id, dto);
  }

  @Post(':id/targets/:targetId/reports')
  @Roles('UNIT_HEAD', 'OFFICER', 'ADMIN')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('evidence', UPLOAD_OPTIONS))
  report(@CurrentActor() actor: RequestActor, @Param() { id, targetId }: PlanTargetParams, @Body() dto: ProgressReportDto, @UploadedFile() file: UploadedBinary | undefined) {
    return this.progress.report(actor, id, targetId, dto, file);
  }

  @Get(':id/targets/:targetId/reports')
  history(@CurrentActor() actor: RequestActor, @Param() { id, targetId }: PlanTargetParams) {
    return this.progress.history(actor, id, targetId);
  }

  @Get(':id/reports/:reportId/evidence')
  async evidence(@CurrentActor() actor: RequestActor, @Param() { id, reportId }: ReportParams, @Res() res: Response) {
    const { bytes, mime, name } = await this.progress.evidence(actor, id, reportId);
    res.setHeader('content-type', mime);
    res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    res.setHeader('x-content-type-options', 'nosniff');
    res.end(bytes);
  }

  @Get(':id/progress')
  overview(@CurrentActor() actor: RequestActor, @Param() { id }: PlanIdParams, @Query() { asOf }: AsOfQuery) {
    return this.progress.overview(actor, id, asOf);
  }

  @Get(':id/export.xlsx')
  @Roles('OFFICER', 'ADMIN', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER')
  async export(@CurrentActor() actor: RequestActor, @Param() { id }: PlanIdParams, @Res() res: Response) {
    sendXlsx(res, `ke-hoach-thi-dua-${id}.xlsx`, await this.exports.planWorkbook(actor, id));
  }

  @Post(':id/ratings/import')
  @Roles('OFFICER', 'ADMIN')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file', UPLOAD_OPTIONS))
  async importRatings(@CurrentActor() actor: RequestActor, @Param() { id }: PlanIdParams, @UploadedFile() file: UploadedBinary | undefined, @Res({ passthrough: true }) res: Response) {
    const result = await this.ratings.import(actor, id, file);
    res.status(result.duplicate ? 200 : 201);
    return result;
  }

  @Get(':id/ratings')
  @Roles('OFFICER', 'ADMIN', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER')
  listRatings(@CurrentActor() actor: RequestActor, @Param() { id }: PlanIdParams) {
    return this.ratings.list(actor, id);
  }

  @Get(':id/candidates')
  @Roles('OFFICER', 'ADMIN', 'CHAIRMAN', 'VICE_CHAIRMAN', 'COUNCIL_MEMBER')
  candidates(@CurrentActor() actor: RequestActor, @Param() { id }: PlanIdParams) {
    return this.evaluation.candidates(actor, id);
  }

  @Post(':id/candidates/proposals')
  @HttpCode(200)
  @Roles('OFFICER')
  createProposals(@CurrentActor() actor: RequestActor, @Param() { id }: PlanIdParams, @Body() { roundId }: CandidateProposalsDto) {
    return this.evaluation.createProposals(actor, id, roundId);
  }

  @Post(':id/document')
  @HttpCode(202)
  @Roles('OFFICER', 'CHAIRMAN', 'VICE_CHAIRMAN')
  issueDocument(@CurrentActor() actor: RequestActor, @Param() { id }: PlanIdParams) {
    return this.documents.issue(actor, id);
  }

  @Get(':id/document.pdf')
  async documentPdf(@CurrentActor() actor: RequestActor, @Param() { id }: PlanIdParams, @Res() res: Response) {
    const { bytes, numberText } = await this.documents.pdf(actor, id);
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `inline; filename="ke-hoach-${numberText.replace(/\//g, '-')}.pdf"`);
    res.end(bytes);
  }
}
