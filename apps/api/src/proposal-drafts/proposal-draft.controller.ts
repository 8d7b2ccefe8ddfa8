import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { RequestActor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { DossierPaperFieldsDto, DossierPaperUploadDto } from '../dossier/dossier.dto';
import { UPLOAD_OPTIONS, type UploadedBinary } from '../common/uploaded-file';
import { SubmittedProposalDto } from '../proposals/proposal.dto';
import { DraftPapersService } from './draft-papers.service';
import { CreateProposalDraftDto, DraftDocumentParams, DraftIdParams, ProposalDraftDto, ProposalDraftFieldsDto, ProposalDraftSummaryDto } from './proposal-draft.dto';
import { ProposalDraftService } from './proposal-draft.service';

/** Drafts of a unit's nominations: its heads and the officer (who enters paper dossiers for a unit). */
@ApiTags('proposal-drafts')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Dữ liệu gửi lên không hợp lệ (thông báo tiếng Việt theo từng trường).' })
@ApiUnauthorizedResponse({ description: 'Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn.' })
@ApiForbiddenResponse({ description: 'Vai trò không được thao tác, hoặc đơn vị/đối tượng không thuộc đơn vị của người dùng.' })
@ApiNotFoundResponse({ description: 'Không có hồ sơ nháp này trong phạm vi của người dùng (hồ sơ nháp của đơn vị khác không hiện ra).' })
@Roles('UNIT_HEAD', 'OFFICER')
@Controller('api/v1/proposal-drafts')
export class ProposalDraftController {
  constructor(
    private readonly drafts: ProposalDraftService,
    private readonly papers: DraftPapersService,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: ProposalDraftDto, description: '201 khi lưu mới; 200 khi gửi lại cùng clientKey (trả về hồ sơ nháp đã lưu).' })
  @ApiOkResponse({ type: ProposalDraftDto, description: 'Gửi lại cùng clientKey: hồ sơ nháp đã lưu trước đó.' })
  @ApiConflictResponse({ description: 'Đợt khen thưởng đã chọn không còn nhận hồ sơ.' })
  async create(@CurrentActor() actor: RequestActor, @Body() dto: CreateProposalDraftDto, @Res({ passthrough: true }) res: Response): Promise<ProposalDraftDto> {
    const { draft, created } = await this.drafts.create(actor, dto);
    res.status(created ? 201 : 200);
    return draft;
  }

  @Get()
  @ApiOkResponse({ type: [ProposalDraftSummaryDto], description: 'Hồ sơ nháp của đơn vị (cán bộ Văn phòng – Thống kê: của mọi đơn vị), mới sửa trước; tối đa 500.' })
  list(@CurrentActor() actor: RequestActor) {
    return this.drafts.list(actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: ProposalDraftDto })
  get(@CurrentActor() actor: RequestActor, @Param() { id }: DraftIdParams) {
    return this.drafts.get(actor, id);
  }

  @Put(':id')
  @ApiOkResponse({ type: ProposalDraftDto, description: 'Thay toàn bộ nội dung hồ sơ nháp (giấy tờ đã đính kèm giữ nguyên).' })
  update(@CurrentActor() actor: RequestActor, @Param() { id }: DraftIdParams, @Body() dto: ProposalDraftFieldsDto) {
    return this.drafts.update(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Đã xóa hồ sơ nháp và các giấy tờ đính kèm của nó.' })
  async delete(@CurrentActor() actor: RequestActor, @Param() { id }: DraftIdParams): Promise<void> {
    await this.drafts.delete(actor, id);
  }

  @Post(':id/submit')
  @ApiCreatedResponse({ type: SubmittedProposalDto, description: '201: hồ sơ đề nghị đã nộp, giấy tờ của hồ sơ nháp chuyển sang hồ sơ; 200: hồ sơ nháp đã nộp trước đó (trả về hồ sơ đó).' })
  @ApiOkResponse({ type: SubmittedProposalDto, description: 'Hồ sơ nháp đã nộp trước đó (bấm hai lần, gửi lại): hồ sơ đề nghị đã tạo.' })
  @ApiConflictResponse({ description: 'Đợt khen thưởng không còn nhận hồ sơ.' })
  @ApiUnprocessableEntityResponse({ description: 'Không đáp ứng điều kiện theo quy định (như khi nộp trực tiếp).' })
  async submit(@CurrentActor() actor: RequestActor, @Param() { id }: DraftIdParams, @Res({ passthrough: true }) res: Response): Promise<SubmittedProposalDto> {
    const { proposal, created, warnings } = await this.drafts.submit(actor, id);
    res.status(created ? 201 : 200);
    return { ...proposal, warnings };
  }

  @Post(':id/documents')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: DossierPaperUploadDto })
  @UseInterceptors(FileInterceptor('file', UPLOAD_OPTIONS))
  @ApiCreatedResponse({ type: ProposalDraftDto, description: '201 khi lưu mới; 200 khi tệp này đã có trong hồ sơ nháp. Trả về hồ sơ nháp với giấy tờ còn thiếu.' })
  @ApiOkResponse({ type: ProposalDraftDto, description: 'Tệp này đã có trong hồ sơ nháp.' })
  @ApiPayloadTooLargeResponse({ description: 'Tệp vượt quá 10 MB.' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Tệp không phải PDF, DOCX, PNG hoặc JPEG (xét theo nội dung).' })
  async upload(
    @CurrentActor() actor: RequestActor,
    @Param() { id }: DraftIdParams,
    @Body() { kind }: DossierPaperFieldsDto,
    @UploadedFile() file: UploadedBinary | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ProposalDraftDto> {
    const { created } = await this.papers.upload(actor, id, kind, file);
    res.status(created ? 201 : 200);
    return this.drafts.get(actor, id);
  }

  @Get(':id/documents/:docId')
  @ApiOkResponse({ description: 'Nội dung tệp giấy tờ.' })
  async download(@CurrentActor() actor: RequestActor, @Param() { id, docId }: DraftDocumentParams, @Res() res: Response) {
    const { bytes, mime, name } = await this.papers.download(actor, id, docId);
    res.setHeader('content-type', mime);
    res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    res.end(bytes);
  }

  @Delete(':id/documents/:docId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Đã gỡ giấy tờ khỏi hồ sơ nháp.' })
  async removePaper(@CurrentActor() actor: RequestActor, @Param() { id, docId }: DraftDocumentParams): Promise<void> {
    await this.papers.remove(actor, id, docId);
  }
}
