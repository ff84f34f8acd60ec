namespace KnowledgePay.Domain.Identity;

/// <summary>What a signed-in user may do: learners buy and study, creators manage their own courses, admins everything.</summary>
public enum Role
{
    Learner,
    Creator,
    Admin,
}
