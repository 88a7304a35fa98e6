import { ArrayMinSize, ArrayUnique, IsEnum, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Trimmed } from '../graphql/input-validation';
import { ApiKeyScope } from '../identity/api-key-scope';

@ObjectType({ description: "A credential of the platform's backend; its secret was shown once, when it was created." })
export class ApiKey {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'The first characters of the secret, to tell keys apart.' })
  prefix: string;

  @Field(() => [ApiKeyScope])
  scopes: ApiKeyScope[];

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the key was last used (to the minute).' })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field({ description: 'Send as "Authorization: Bearer <secret>". Shown only now; only a hash is kept.' })
  secret: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field()
  @Trimmed()
  @Length(1, 120, { message: 'name must be 1 to 120 characters' })
  name: string;

  @Field(() => [ApiKeyScope])
  @ArrayMinSize(1, { message: 'scopes must name at least one scope' })
  @ArrayUnique({ message: 'scopes must not repeat' })
  @IsEnum(ApiKeyScope, { each: true, message: 'scopes must be EARNINGS_WRITE, WRITERS_READ or CHECKOUT_WRITE' })
  scopes: ApiKeyScope[];
}
