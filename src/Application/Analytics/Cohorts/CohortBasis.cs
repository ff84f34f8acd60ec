namespace KnowledgePay.Application.Analytics.Cohorts;

/// <summary>What puts a user in a cohort: their first paid purchase (wallet top-ups aside), or their sign-up.</summary>
public enum CohortBasis
{
    FirstPurchase,
    SignUp,
}
