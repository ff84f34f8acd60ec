using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Protocol;

namespace KnowledgePay.WeChatSimulator.State;

/// <summary>Codes from <c>wx.login</c>, exchanged through code2Session.</summary>
internal sealed class LoginCodes(SimulatedClock clock) : OneTimeCodes(clock, RandomText.LoginCode);
