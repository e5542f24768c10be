"""Example claim and bodies shared by the stance tests (written for them, about a fictional Norland)."""

CLAIM = "Norland will send 500 engineers to rebuild the Varo river bridge"
AGREE = ("Norland will send 500 engineers to rebuild the Varo river bridge, the transport ministry "
         "confirmed on Monday. The engineers arrive next week and work on the bridge starts at once. "
         "Officials said the bridge over the Varo river should reopen by the spring.")
DENIAL = ("Norland has denied reports that it will send engineers to rebuild the Varo river bridge. "
          "The claim that 500 engineers are going is false, a ministry spokesman said, calling the story "
          "a hoax. No engineers will be sent to the bridge, he said, and the reports were fake.")
