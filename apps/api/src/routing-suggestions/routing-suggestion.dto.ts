import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RoutingReasonView {
  @ApiProperty({ example: 'cykelsti', description: 'A word of the idea (folded), or category:<code> / district:<code>' }) feature: string;
  @ApiProperty({ example: 2.31, description: 'How much it weighed for the department against the runner-up (natural-log odds)' }) weight: number;
}

export class DepartmentLikelihoodView {
  @ApiProperty({ example: 'TMF' }) department: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) confidence: number;
}

/** Where the routing model would send an idea, and why. */
export class RoutingSuggestionView {
  @ApiProperty({ example: 'TMF' }) department: string;
  @ApiProperty({ minimum: 0, maximum: 1, example: 0.93, description: "The model's probability that this is the right department" }) confidence: number;
  @ApiProperty({ type: [RoutingReasonView], maxItems: 5, description: 'The features that weighed most for it' }) reasons: RoutingReasonView[];
  @ApiProperty({ type: [DepartmentLikelihoodView], description: 'Every department the model knows, most likely first' }) ranking: DepartmentLikelihoodView[];
}

export class IdeaRoutingSuggestionView {
  @ApiProperty({ format: 'uuid' }) ideaId: string;
  @ApiPropertyOptional({ type: RoutingSuggestionView, nullable: true, description: 'null until the model has learnt from routings, or has taken this idea in' })
  suggestion: RoutingSuggestionView | null;
  @ApiProperty({ description: 'Ideas the model has learnt from (routed by hand, re-routed or answered)' }) learntFrom: number;
}

export class AcceptRoutingSuggestionInput {
  @ApiProperty({
    example: 'TMF',
    description: 'The department the suggestion named when you read it: if the model now says otherwise, nothing is routed (409)',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  department: string;
}
