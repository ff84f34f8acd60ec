namespace KnowledgePay.Application.Recommendations.Training;

/// <summary>
/// Asks for a training soon instead of at the next scheduled run, e.g. because the catalogue changed in what the model
/// uses. Requests close together give one training; the call returns at once.
/// </summary>
public interface IRecommenderTrainingScheduler
{
    void RequestTraining(string reason);
}
