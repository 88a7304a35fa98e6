import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Writer } from '../writers/writer.entity';
import { Trimmed } from '../graphql/input-validation';
import { Role } from '../identity/viewer';

registerEnumType(Role, {
  name: 'Role',
  description: 'The team: ADMIN runs the platform and manages the team, FINANCE moves money, VIEWER reads only. WRITER is paid for their answers.',
});

export const PASSWORD_MIN_LENGTH = 10;

@InputType()
export class SignUpInput {
  @Field()
  @Trimmed()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;

  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters, with a letter and a digit.` })
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(200)
  @Matches(/(?=.*[A-Za-z])(?=.*\d)/, { message: 'password must contain a letter and a digit' })
  password: string;

  @Field()
  @Trimmed()
  @IsString()
  @Length(1, 120, { message: 'displayName must be 1 to 120 characters' })
  displayName: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code of the writer, such as US or DE.' })
  @Trimmed()
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be a two-letter ISO 3166-1 code' })
  country: string;

  @Field(() => String, {
    nullable: true,
    description: 'The token from inviteWriter, when the platform already added this writer: it proves the email is theirs.',
  })
  @IsOptional()
  @MaxLength(2000)
  inviteToken?: string | null;
}

@InputType()
export class LogInInput {
  @Field()
  @Trimmed()
  @IsEmail({}, { message: 'email must be a valid email address' })
  email: string;

  @Field()
  @IsString()
  @MaxLength(200)
  password: string;

  @Field(() => String, { nullable: true, description: 'The current 6-digit code, required once two-factor is on.' })
  @IsOptional()
  @IsString()
  otp?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'One of the recovery codes from confirmTwoFactor, instead of `otp` when the authenticator is lost; each works once.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  recoveryCode?: string | null;
}

/** Who a user is, as the signed-in user and the team's members show it; no field returns it, so it is no type of its own. */
@ObjectType()
export abstract class UserFields {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;
}

@ObjectType('Viewer', { description: 'The signed-in user.' })
export class ViewerObject extends UserFields {
  @Field(() => Role)
  role: Role;

  @Field({ description: 'Two-factor authentication is turned on for this user.' })
  twoFactorEnabled: boolean;

  @Field({ description: 'This session was opened with a two-factor code (needed to move money).' })
  twoFactorVerified: boolean;

  @Field(() => Writer, { nullable: true, description: "The writer's own record, for writers." })
  writer: Writer | null;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Bearer token for the Authorization header and graphql-ws connectionParams.' })
  token: string;

  @Field({ description: 'When the token stops being accepted (12 hours after sign-in); logOut ends it sooner.' })
  expiresAt: Date;

  @Field(() => ViewerObject)
  viewer: ViewerObject;

  @Field(() => [String], {
    nullable: true,
    description: 'From confirmTwoFactor only: ten one-time codes that stand in for the authenticator app. Shown once; keep them somewhere safe.',
  })
  recoveryCodes?: string[];
}

@ObjectType()
export class TwoFactorEnrollment {
  @Field({ description: 'Base32 secret, for manual entry in an authenticator app.' })
  secret: string;

  @Field({ description: 'otpauth:// URI to show as a QR code.' })
  otpauthUrl: string;
}

@ObjectType({ description: 'An invitation for a writer the platform added to sign up and take over their writer record.' })
export class WriterInvite {
  @Field({ description: 'Pass as signUp(input: { inviteToken }) with the same email; single use.' })
  token: string;

  @Field(() => String, { nullable: true, description: "FRONTEND_URL's sign-up page with the token, when FRONTEND_URL is set." })
  url: string | null;

  @Field()
  expiresAt: Date;
}
