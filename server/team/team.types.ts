import { IsEmail, IsIn, IsOptional, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { PASSWORD_MIN_LENGTH, UserFields } from '../auth/auth.types';
import { Role, TEAM_ROLES } from '../identity/viewer';
import { Trimmed } from '../graphql/input-validation';

const TEAM_ROLE_MESSAGE = 'role must be ADMIN, FINANCE or VIEWER';

@ObjectType({ description: "A person on the platform's team." })
export class TeamMember extends UserFields {
  @Field(() => Role, { description: 'ADMIN also manages the team; FINANCE moves money and approves; VIEWER reads only.' })
  role: Role;

  @Field()
  twoFactorEnabled: boolean;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'An invitation to join the team; its token is shown once, here.' })
export class TeamInvite {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'Pass to acceptTeamInvite; single use. Shown only when the invitation is created.' })
  token: string | null;

  @Field(() => String, { nullable: true, description: "The console's page for accepting the invitation, with the token; shown only when created." })
  url: string | null;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => TeamMember, { nullable: true, description: 'Who sent the invitation.' })
  invitedBy: TeamMember | null;

  @Field()
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field()
  createdAt: Date;
}

@InputType()
export class InviteTeamMemberInput {
  @Field()
  @Trimmed()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;

  @Field()
  @Trimmed()
  @Length(1, 120, { message: 'displayName must be 1 to 120 characters' })
  displayName: string;

  @Field(() => Role)
  @IsIn(TEAM_ROLES, { message: TEAM_ROLE_MESSAGE })
  role: Role;
}

@InputType()
export class AcceptTeamInviteInput {
  @Field()
  @Length(1, 200)
  token: string;

  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters, with a letter and a digit.` })
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(200)
  @Matches(/(?=.*[A-Za-z])(?=.*\d)/, { message: 'password must contain a letter and a digit' })
  password: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the name on the invitation.' })
  @Trimmed()
  @IsOptional()
  @Length(1, 120, { message: 'displayName must be 1 to 120 characters' })
  displayName?: string | null;
}

@InputType()
export class UpdateTeamMemberInput {
  @Field(() => ID)
  id: string;

  @Field(() => Role)
  @IsIn(TEAM_ROLES, { message: TEAM_ROLE_MESSAGE })
  role: Role;
}
