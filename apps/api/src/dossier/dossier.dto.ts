import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsUUID } from 'class-validator';
import { DossierPaper } from '@khenthuong/domain';

export class DossierPaperFieldsDto {
  @ApiProperty({ enum: DossierPaper, description: 'Loại giấy tờ của hồ sơ (Luật TĐKT 2022 Điều 84; Nghị định 98/2023 Điều 40).' })
  @IsEnum(DossierPaper, { message: 'Vui lòng chọn loại giấy tờ.' })
  kind!: DossierPaper;
}

/** The multipart body as OpenAPI shows it: the paper's kind and its file. */
export class DossierPaperUploadDto extends DossierPaperFieldsDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'PDF, DOCX, PNG hoặc JPEG (theo nội dung tệp), tối đa 10 MB.' })
  file!: unknown;
}

export class ProposalDocumentParams {
  @IsUUID('all', { message: 'Mã hồ sơ không hợp lệ.' })
  id!: string;
  @IsUUID('all', { message: 'Mã giấy tờ không hợp lệ.' })
  docId!: string;
}

export class DossierDocumentDto {
  @ApiProperty() id!: string;
  @ApiProperty() proposalId!: string;
  @ApiProperty({ enum: DossierPaper }) kind!: DossierPaper;
  @ApiProperty() kindName!: string;
  @ApiProperty() fileName!: string;
  @ApiProperty() mime!: string;
  @ApiProperty() sha256!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() uploadedBy!: string;
  @ApiProperty() uploadedAt!: string;
}
