using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Protocol;

namespace KnowledgePay.WeChatSimulator.State;

/// <summary>Codes from the getPhoneNumber button, exchanged through the phone-number API.</summary>
internal sealed class PhoneCodes(SimulatedClock clock) : OneTimeCodes(clock, RandomText.PhoneCode);
