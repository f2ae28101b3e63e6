package org.gridflex.mqtt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeviceTopicRuleTest {

    @Test
    void deviceMayUseItsOwnTopics() {
        assertTrue(DeviceTopicRule.mayUse("bat-1", "gridflex/devices/bat-1/offers"));
        assertTrue(DeviceTopicRule.mayUse("bat-1", "gridflex/devices/bat-1/activations/#"));
    }

    @Test
    void deviceMayNotUseAnotherDevicesTopics() {
        assertFalse(DeviceTopicRule.mayUse("bat-1", "gridflex/devices/bat-2/offers"));
        assertFalse(DeviceTopicRule.mayUse("bat-1", "gridflex/devices/bat-10/offers"));
        assertFalse(DeviceTopicRule.mayUse("bat", "gridflex/devices/bat-1/offers"));
    }

    @Test
    void wildcardsAcrossDevicesAndForeignRootsAreRefused() {
        assertFalse(DeviceTopicRule.mayUse("bat-1", "gridflex/devices/+/offers"));
        assertFalse(DeviceTopicRule.mayUse("bat-1", "gridflex/devices/#"));
        assertFalse(DeviceTopicRule.mayUse("bat-1", "#"));
        assertFalse(DeviceTopicRule.mayUse("bat-1", "other/devices/bat-1/offers"));
        assertFalse(DeviceTopicRule.mayUse("bat-1", "gridflex/devices/bat-1/"));
    }

    @Test
    void unauthenticatedOrOddIdentitiesMayUseNothing() {
        assertFalse(DeviceTopicRule.mayUse(null, "gridflex/devices/null/offers"));
        assertFalse(DeviceTopicRule.mayUse("+", "gridflex/devices/+/offers"));
        assertFalse(DeviceTopicRule.mayUse("#", "gridflex/devices/#/offers"));
    }
}
