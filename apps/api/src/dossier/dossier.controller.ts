import { Body, Controller, Get, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { RequestActor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ProposalIdParams } from '../proposals/proposal.dto';
import { UPLOAD_OPTIONS, type UploadedBinary } from '../common/uploaded-file';
import { DossierDocumentDto, DossierPaperFieldsDto, DossierPaperUploadDto, ProposalDocumentParams } from './dossier.dto';
import { DossierPapersService } from './dossier-papers.service';

@ApiTags('proposals')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Dữ liệu gửi lên không hợp lệ (thông báo tiếng Việt theo từng trường).' })
@ApiUnauthorizedResponse({ description: 'Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn.' })
@ApiForbiddenResponse({ description: 'Vai trò của người dùng không được thực hiện thao tác này.' })
@ApiNotFoundResponse({ description: 'Không tìm thấy hoặc không thuộc phạm vi của người dùng.' })
@Controller('api/v1/proposals/:id/documents')
export class DossierController {
  constructor(private readonly papers: DossierPapersService) {}

  @Post()
  @Roles('UNIT_HEAD')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: DossierPaperUploadDto })
  @UseInterceptors(FileInterceptor('file', UPLOAD_OPTIONS))
  @ApiCreatedResponse({ type: DossierDocumentDto, description: '201 khi lưu mới; 200 khi tệp này đã có trong hồ sơ.' })
  @ApiOkResponse({ type: DossierDocumentDto, description: 'Tệp này đã có trong hồ sơ: giấy tờ đã lưu trước đó.' })
  @ApiConflictResponse({ description: 'Hồ sơ không ở bước nhận bổ sung giấy tờ.' })
  @ApiPayloadTooLargeResponse({ description: 'Tệp vượt quá 10 MB.' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Tệp không phải PDF, DOCX, PNG hoặc JPEG (xét theo nội dung).' })
  async upload(
    @CurrentActor() actor: RequestActor,
    @Param() { id }: ProposalIdParams,
    @Body() { kind }: DossierPaperFieldsDto,
    @UploadedFile() file: UploadedBinary | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { document, created } = await this.papers.upload(actor, id, kind, file);
    res.status(created ? 201 : 200);
    return document;
  }

  @Get()
  @ApiOkResponse({ type: [DossierDocumentDto] })
  list(@CurrentActor() actor: RequestActor, @Param() { id }: ProposalIdParams) {
    return this.papers.list(actor, id);
  }

  @Get(':docId')
  @ApiOkResponse({ description: 'Nội dung tệp giấy tờ.' })
  async download(@CurrentActor() actor: RequestActor, @Param() { id, docId }: ProposalDocumentParams, @Res() res: Response) {
    const { bytes, mime, name } = await this.papers.download(actor, id, docId);
    res.setHeader('content-type', mime);
    res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    res.end(bytes);
  }
}
