import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireTeam, requireTeamAdmin } from '../identity/access';
import { AuthPayload } from '../auth/auth.types';
import type { GatewayContext } from '../graphql/context';
import type { TeamService } from './team.service';
import { AcceptTeamInviteInput, InviteTeamMemberInput, TeamInvite, TeamMember, UpdateTeamMemberInput } from './team.types';

@Resolver()
export class TeamResolver {
  constructor(private readonly team: TeamService) {}

  @Query(() => [TeamMember], { description: "The platform's team (anyone on it)." })
  teamMembers(@Ctx() context: GatewayContext): Promise<TeamMember[]> {
    requireTeam(context.viewer);
    return this.team.members();
  }

  @Query(() => [TeamInvite], { description: 'Invitations still waiting to be accepted (admins with two-factor).' })
  teamInvites(@Ctx() context: GatewayContext): Promise<TeamInvite[]> {
    requireTeamAdmin(context.viewer);
    return this.team.pendingInvites();
  }

  @Mutation(() => TeamInvite, { description: 'Invites a person to the team with a role (admins with two-factor; audited); valid 7 days, single use.' })
  inviteTeamMember(@Arg('input') input: InviteTeamMemberInput, @Ctx() context: GatewayContext): Promise<TeamInvite> {
    return this.team.invite(input, requireTeamAdmin(context.viewer, 'Inviting to the team'));
  }

  @Mutation(() => TeamInvite, { description: 'Revokes an invitation that was not accepted yet (admins with two-factor).' })
  revokeTeamInvite(@Arg('id', () => ID) id: string, @Ctx() context: GatewayContext): Promise<TeamInvite> {
    return this.team.revokeInvite(id, requireTeamAdmin(context.viewer, 'Revoking an invitation'));
  }

  @Mutation(() => AuthPayload, { description: 'Joins the team with an invitation token and signs in; two-factor is set up next.' })
  acceptTeamInvite(@Arg('input') input: AcceptTeamInviteInput): Promise<AuthPayload> {
    return this.team.accept(input);
  }

  @Mutation(() => TeamMember, { description: "Changes a member's role (admins with two-factor); the member's sessions end at once." })
  updateTeamMember(@Arg('input') input: UpdateTeamMemberInput, @Ctx() context: GatewayContext): Promise<TeamMember> {
    return this.team.updateRole(input, requireTeamAdmin(context.viewer, 'Changing a role'));
  }

  @Mutation(() => TeamMember, {
    description: 'Removes a member from the team (admins with two-factor): they can no longer sign in, and their sessions end at once.',
  })
  removeTeamMember(@Arg('id', () => ID) id: string, @Ctx() context: GatewayContext): Promise<TeamMember> {
    return this.team.remove(id, requireTeamAdmin(context.viewer, 'Removing a team member'));
  }
}
